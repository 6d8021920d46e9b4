import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { sourceArticles, viewUrl } from './support/sources.ts';

// The parallel page's round-trip budget, as a browser loads it: every response the page's load
// brings (HTML, stylesheets, scripts and the chunks they import, the icon), and the print
// stylesheet and icon even where this headless browser does not ask for them (a reader's does),
// each gzipped at level 9 on its own as a host sends it, together within one initial TCP window
// (10 segments of 1460 bytes). (The ratio to the text's own size is a dist/ test: budget.test.ts.)
const TCP_WINDOW = 14_600;

test('the parallel page, all a browser loads for it, arrives in one round trip', async ({ page, request }, testInfo) => {
	const article = sourceArticles()[0]!;
	const bodies = new Map<string, Buffer>();
	page.on('requestfinished', async (req) => {
		const response = await req.response();
		if (response && new URL(req.url()).origin === new URL(testInfo.project.use.baseURL!).origin) bodies.set(req.url(), await response.body());
	});
	await page.goto(viewUrl(article.slug, 'parallel'));
	await page.waitForLoadState('networkidle');
	const alsoLoaded = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="stylesheet"]')].map((l) => l.href));
	for (const url of alsoLoaded) if (!bodies.has(url)) bodies.set(url, await (await request.get(url)).body());
	const sizes = [...bodies].map(([url, body]) => ({ url: new URL(url).pathname, gzip: gzipSync(body, { level: 9 }).length }));
	const total = sizes.reduce((n, s) => n + s.gzip, 0);
	console.log(`parallel page: ${total} B gzip in ${sizes.length} responses: ${sizes.map((s) => `${s.url} ${s.gzip}`).join(', ')}`);
	expect(total, sizes.map((s) => `${s.url} ${s.gzip}`).join('\n')).toBeLessThanOrEqual(TCP_WINDOW);
});

// Nothing moves once drawn: the controls that need the reading script are in the HTML and shown from
// the first paint where scripts run (.needs-script), so no layout shift on any page type, at phone and
// desktop width (Lighthouse's CLS, printed by npm run bench, measures the same entries).
for (const width of [390, 1280]) {
	test(`no layout shift on any page type at ${width} px`, async ({ page }) => {
		const article = sourceArticles()[0]!;
		await page.setViewportSize({ width, height: 844 });
		await page.addInitScript(() => {
			const w = window as unknown as { __shift: number };
			w.__shift = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__shift += entry.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const pages = ['', viewUrl(article.slug, 'parallel'), viewUrl(article.slug, 'zh'), viewUrl(article.slug, 'en'), `${viewUrl(article.slug, 'parallel')}pinyin/`, `${viewUrl(article.slug, 'parallel')}cite/`, 'search/?q=手工业', 'glossary/', 'about/'];
		const shifts: Record<string, number> = {};
		for (const path of pages) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			shifts[path || 'home'] = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
		}
		expect(shifts).toEqual(Object.fromEntries(Object.keys(shifts).map((k) => [k, 0])));
	});
}
