// A Reader over a page as Playwright and Puppeteer both shape it: they agree on every call the
// journeys make (goto, evaluate, mouse, keyboard, screenshot), so Chromium and Firefox share this.
import { takeProblems, type EngineName, type Key, type Reader } from './reader.ts';

/** What the journeys use of a Playwright or Puppeteer page. */
interface DrivenPage {
	url(): string;
	goto(url: string, options?: { waitUntil?: 'load' }): Promise<unknown>;
	evaluate(fn: never, arg: unknown): Promise<unknown>;
	mouse: { click(x: number, y: number): Promise<void>; move(x: number, y: number): Promise<void> };
	keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
	screenshot(options: { path: `${string}.png` }): Promise<unknown>;
}

/**
 * The Reader of `page`: problems are taken from the page (its init script listens, see
 * listenForProblems) before each navigation and when asked.
 */
export function pageReader(engine: EngineName, page: DrivenPage, javaScript: boolean, resize: Reader['resize'], close: Reader['close']): Reader {
	const kept: string[] = [];
	const evaluate: Reader['evaluate'] = (fn, arg) => page.evaluate(fn as never, arg) as never;
	const take = async () => {
		if (javaScript && page.url().startsWith('http')) kept.push(...(await evaluate(takeProblems)));
	};
	return {
		engine,
		resize,
		async open(url) {
			await take();
			await page.goto(url, { waitUntil: 'load' });
		},
		evaluate,
		clickAt: (x, y) => page.mouse.click(x, y),
		moveTo: (x, y) => page.mouse.move(x, y),
		press: (key: Key) => page.keyboard.press(key === 'Space' ? ' ' : key),
		type: (text) => page.keyboard.type(text),
		screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
		clipboard: () => evaluate(() => navigator.clipboard.readText()),
		async problems() {
			await take();
			return kept.splice(0);
		},
		close,
	};
}
