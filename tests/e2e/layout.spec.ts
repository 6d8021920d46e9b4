import { expect, test, type Page } from '@playwright/test';
import { sourceArticles, viewUrl } from './support/sources.ts';

const slug = sourceArticles()[0]!.slug;

async function cellBoxes(page: Page, row: string) {
	const zh = (await page.locator(`${row} .text[lang="zh-Hans"]`).boundingBox())!;
	const en = (await page.locator(`${row} .text[lang="en"]`).boundingBox())!;
	return { zh, en };
}

// (Screenshots of the page at both widths: screenshots.spec.ts.)
test('desktop: Chinese left, English right, side by side in every row', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(viewUrl(slug, 'parallel'));
	for (const row of await page.locator('.paragraph').evaluateAll((rows) => rows.map((r) => `#${r.id}`))) {
		const { zh, en } = await cellBoxes(page, row);
		expect(zh.x + zh.width).toBeLessThanOrEqual(en.x);
		expect(Math.abs(zh.y - en.y)).toBeLessThan(2);
	}
});

test('phone: line by line, each English segment between its Chinese segment and the next', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(viewUrl(slug, 'parallel'));
	const rows = await page.locator('.paragraph').evaluateAll((rows) =>
		rows.map((row) => {
			const top = (lang: string) => [...row.querySelectorAll(`[data-seg][lang="${lang}"]`)].map((s) => s.getBoundingClientRect());
			return { zh: top('zh-Hans').map((r) => [r.top, r.bottom, r.left]), en: top('en').map((r) => [r.top, r.bottom, r.left]) };
		}),
	);
	expect(rows.length).toBeGreaterThan(0);
	for (const { zh, en } of rows) {
		expect(en.length).toBe(zh.length);
		zh.forEach(([, zhBottom], m) => {
			const [enTop, enBottom] = en[m]!;
			expect(enTop).toBeGreaterThanOrEqual(zhBottom!);
			if (m + 1 < zh.length) expect(zh[m + 1]![0]).toBeGreaterThanOrEqual(enBottom!);
		});
	}
	// No horizontal scrolling on a phone.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test('print: two columns side by side without site chrome', async ({ page }) => {
	await page.setViewportSize({ width: 700, height: 900 });
	await page.emulateMedia({ media: 'print' });
	await page.goto(viewUrl(slug, 'parallel'));
	const { zh, en } = await cellBoxes(page, '#p1');
	expect(zh.x + zh.width).toBeLessThanOrEqual(en.x);
	for (const chrome of ['.site-header', '.site-footer', '.view-nav', '.skip-link']) {
		await expect(page.locator(chrome)).toBeHidden();
	}
});

test('dark scheme: text and background follow prefers-color-scheme', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(viewUrl(slug, 'parallel'));
	const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	await page.emulateMedia({ colorScheme: 'light' });
	const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	expect(dark).not.toBe(light);
	expect(dark).toBe('rgb(22, 21, 20)');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the article reads fully and its views and anchors work', async ({ page }) => {
		const article = sourceArticles()[0]!;
		await page.goto(`${viewUrl(slug, 'parallel')}#p4`);
		// Every row is there in both languages (that its text equals the source is reading.spec.ts's test).
		await expect(page.locator('.paragraph .text[lang="zh-Hans"]')).toHaveCount(article.zh.paragraphs.length);
		await expect(page.locator('.paragraph .text[lang="en"]')).toHaveCount(article.en.paragraphs.length);
		await expect(page.locator('#p4')).toBeInViewport();
		await page.locator('.view-nav a', { hasText: 'English only' }).click();
		await expect(page.locator('.paragraph .text[lang="en"]')).toHaveCount(article.en.paragraphs.length);
		await expect(page.locator('.paragraph .text[lang="zh-Hans"]')).toHaveCount(0);
	});

	test('reading pages have one deferred module script, which only adds conveniences', async ({ page }) => {
		for (const view of ['parallel', 'zh', 'en'] as const) {
			await page.goto(viewUrl(slug, view));
			const scripts = page.locator('script:not([type="application/ld+json"])');
			await expect(scripts).toHaveCount(1);
			await expect(scripts).toHaveAttribute('type', 'module');
			await expect(scripts).toHaveAttribute('src', /\/_astro\/.+\.js$/);
		}
	});
});
