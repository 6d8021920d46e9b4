// The system Chromium through Playwright, as the other browser tests drive it.
import { chromium } from '@playwright/test';
import { pageReader } from './page-reader.ts';
import { listenForProblems, type Reader, type SessionOptions } from './reader.ts';

export async function startChromium({ dark = false, javaScript = true }: SessionOptions = {}): Promise<Reader> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
		args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
	});
	const context = await browser.newContext({
		javaScriptEnabled: javaScript,
		colorScheme: dark ? 'dark' : 'light',
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	await context.addInitScript(listenForProblems);
	const page = await context.newPage();
	return pageReader('chromium', page, javaScript, (width, height) => page.setViewportSize({ width, height }), () => browser.close());
}
