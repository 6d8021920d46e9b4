// The journeys' fixtures: the built dist/ served on a free port, one browser session per engine
// (a Playwright project each, run one after the other), and after every test the check that the
// page raised no error and broke no rule of its Content Security Policy.
import { test as base, expect } from '@playwright/test';
import { serveStatic } from '../../support/static-server.ts';
import { startChromium } from './chromium.ts';
import { startFirefox } from './firefox.ts';
import type { EngineName, Reader, SessionOptions } from './reader.ts';
import { startWebKit } from './webkit.ts';

const START: Record<EngineName, (options?: SessionOptions) => Promise<Reader>> = { chromium: startChromium, firefox: startFirefox, webkit: startWebKit };

interface WorkerFixtures {
	engine: EngineName;
	/** The served site's base URL, ending in `/`. */
	site: string;
	/**
	 * The engine's two sessions: the reader's, and one without the page's scripts in the dark scheme,
	 * started once the first is up, so that its launch (5 s for Firefox) overlaps the other journeys
	 * (started together, each took twice as long to start).
	 */
	sessions: { main: Reader; quiet: Promise<Reader> };
}

export const test = base.extend<{ reader: Reader; quietReader: Reader }, WorkerFixtures>({
	engine: ['chromium', { option: true, scope: 'worker' }],
	site: [
		async ({}, use) => {
			const served = await serveStatic(new URL('../../../dist', import.meta.url).pathname, 0, '/');
			await use(served.url);
			served.server.closeAllConnections();
			await served.close();
		},
		{ scope: 'worker' },
	],
	sessions: [
		async ({ engine }, use) => {
			// Each session's start and end is timed and printed: a slow one shows in every run.
			const timed = async <T>(what: string, work: Promise<T>): Promise<T> => {
				const begun = performance.now();
				const result = await work;
				console.log(`${engine}: ${what} in ${((performance.now() - begun) / 1000).toFixed(1)} s`);
				return result;
			};
			const main = await timed('the reader’s session started', START[engine]({}));
			const quiet = timed('the session without scripts started', START[engine]({ javaScript: false, dark: true }));
			quiet.catch(() => undefined);
			await use({ main, quiet });
			await timed('both sessions closed', Promise.all([main.close(), quiet.then((q) => q.close(), () => undefined)]));
		},
		{ scope: 'worker', timeout: 60_000 },
	],
	quietReader: async ({ sessions }, use) => {
		const reader = await sessions.quiet;
		await reader.resize(1280, 900);
		await use(reader);
	},
	reader: async ({ sessions: { main } }, use) => {
		await main.resize(1280, 900);
		await use(main);
		expect(await main.problems(), 'page errors and CSP violations').toEqual([]);
		// What the test chose (the layout, the pinyin aid) is not the next test's starting point.
		await main.evaluate(() => localStorage.clear());
	},
});

export { expect };

/**
 * Polls a page function until its result meets the matcher, as Playwright's expect.poll does; while
 * a page is being replaced (after a click on a link) the poll reads `undefined`.
 */
export function expectInPage<T, A>(reader: Reader, fn: (arg: A) => T | Promise<T>, arg?: A, message?: string) {
	return expect.poll(() => reader.evaluate(fn, arg).catch(() => undefined), { message, timeout: 15_000 });
}
