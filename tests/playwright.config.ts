import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

// Browser tests run in the system Chromium's headless shell (Debian's chromium-headless-shell: the same
// Blink as /usr/bin/chromium without the browser's windowing, Playwright's own default for headless
// tests; measured: the suite's CPU time 190 s against 295 s in the full browser, all tests passing in
// both; CHROME_HEADLESS_SHELL_PATH points elsewhere) against the built site, served as a static host
// would serve it: `dist/` at the root and a second build under the sub-path /edition/ (see the base
// project). The full browser is the one the reader's journeys drive
// (tests/engines/), beside Firefox and WebKit.
const chromium = process.env.CHROME_HEADLESS_SHELL_PATH || '/usr/bin/chromium-headless-shell';

/**
 * A port free now, the same in every process of one run: the runner picks it and keeps it in the
 * environment, which its workers inherit when they load this file again. Two runs never collide.
 */
function freePort(name: string): number {
	process.env[name] ??= execFileSync(process.execPath, [
		'-e',
		"const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })",
	])
		.toString()
		.trim();
	return Number(process.env[name]);
}
const ROOT_PORT = freePort('EDITION_TEST_ROOT_PORT');
const BASE_PORT = freePort('EDITION_TEST_BASE_PORT');

export default defineConfig({
	testDir: './e2e',
	globalSetup: './e2e/support/global-setup.ts',
	outputDir: './.output/playwright',
	fullyParallel: true,
	// One worker per core. A third worker on two cores (it was meant to fill the pauses of page loads)
	// made every process of the run slower, not the run shorter: the specs in 204 s and 400 CPU-seconds
	// with three workers, 194 s and 365 with two, 223 s and 308 with one (one build, one machine).
	workers: availableParallelism(),
	// The list, with each failure's message, screenshot and page snapshot (error-context.md) under
	// tests/.output/playwright/. Playwright's HTML report, kept beside it until December 2026, cost
	// 10 CPU-s and 7 s of every run (157 tests, back to back twice) and no check read it; one flag
	// brings it back: --reporter=html.
	reporter: [['list']],
	use: {
		launchOptions: {
			executablePath: chromium,
			// Chromium's own background traffic would be refused by this network; keep it quiet.
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
		},
		// Tracing every test to keep the failures' traces cost a quarter of the run (measured: 183 s
		// with, 132 s without); a failure keeps its screenshot, and a trace is one flag away:
		// npx playwright test -c tests/playwright.config.ts --trace on <spec>
		trace: 'off',
		// A failed test keeps its page's screenshot (support/test.ts, which every spec's `test` is).
		screenshot: 'off',
		// The edition's service worker would keep the whole edition in every test's fresh context (70
		// requests each); the offline spec allows it (offline.spec.ts), the others read as without it.
		serviceWorkers: 'block',
	},
	projects: [
		{ name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, testIgnore: /screenshots\.spec\.ts$/ },
		// Under the sub-path, what only a browser can show respects `base`: the tests tagged @base, of
		// URLs that scripts make as they run (search, its results and arrivals, the pinyin choice),
		// that the server answers (the 404 page) or that are written out absolute (canonical,
		// citation tags, sitemap, feed, OpenSearch). Every static link, asset and fragment of every
		// page under the sub-path is linkinator's (npm run test:links, the build served from a root
		// that holds nothing but /edition/); what the pages themselves say, the root project checks.
		{ name: 'base', use: { baseURL: `http://127.0.0.1:${BASE_PORT}/edition/` }, grep: /@base/ },
		// The screenshot gallery of every page type, for a person to look at (npm run screenshots): it
		// asserts nothing, so npm test leaves it out (the specs that check a look save their own).
		{ name: 'gallery', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` }, testMatch: /screenshots\.spec\.ts$/ },
	],
	webServer: [
		{
			command: `node tests/support/static-server.ts dist ${ROOT_PORT} /`,
			cwd: '..',
			url: `http://127.0.0.1:${ROOT_PORT}/`,
			reuseExistingServer: false,
		},
		{
			command: `node tests/support/static-server.ts tests/.output/site-base/edition ${BASE_PORT} /edition/`,
			cwd: '..',
			url: `http://127.0.0.1:${BASE_PORT}/edition/`,
			reuseExistingServer: false,
		},
	],
});
