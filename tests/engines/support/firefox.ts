// Debian's Firefox ESR over WebDriver BiDi, through puppeteer-core (Playwright cannot drive it).
// puppeteer-core is held at 24.27.0: from 24.28 on, setting the viewport also sends a BiDi command
// (emulation.setScreenOrientationOverride) that Firefox ESR 140 does not know, and fails.
import puppeteer from 'puppeteer-core';
import { pageReader } from './page-reader.ts';
import { listenForProblems, type Reader, type SessionOptions } from './reader.ts';

export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

export async function startFirefox({ dark = false, javaScript = true }: SessionOptions = {}): Promise<Reader> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		extraPrefsFirefox: {
			// BiDi has no colour-scheme emulation in ESR 140, nor a switch for scripts: both are preferences.
			'layout.css.prefers-color-scheme.content-override': dark ? 0 : 1,
			'javascript.enabled': javaScript,
			// Lets the page read the clipboard without asking (only for tests).
			'dom.events.testing.asyncClipboard': true,
			'dom.events.asyncClipboard.readText': true,
		},
	});
	const page = await browser.newPage();
	if (javaScript) await page.evaluateOnNewDocument(listenForProblems);
	return pageReader('firefox', page, javaScript, (width, height) => page.setViewport({ width, height }), () => browser.close());
}
