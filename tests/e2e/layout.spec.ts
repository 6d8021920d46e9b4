import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { sourceArticles, viewUrl } from '../support/sources.ts';
import { closeOptions, openOptions } from './support/options.ts';

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

/** Asserts line by line: in every row each English segment lies between its Chinese segment and the next. */
async function expectLineByLine(page: Page): Promise<void> {
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
	// No horizontal scrolling.
	const width = page.viewportSize()!.width;
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test('phone: line by line, each English segment between its Chinese segment and the next', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(viewUrl(slug, 'parallel'));
	await expectLineByLine(page);
});

test('wide screen: line by line when chosen, remembered on the next visit, and side by side again when chosen', async ({ page }, testInfo) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(viewUrl(slug, 'parallel'));
	await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked();
	await page.getByRole('radio', { name: 'Line by line' }).check();
	await expectLineByLine(page);
	await page.screenshot({ path: testInfo.outputPath('line-by-line-1280-light.png') });
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.screenshot({ path: testInfo.outputPath('line-by-line-1280-dark.png') });
	await page.emulateMedia({ colorScheme: 'light' });
	// Remembered: the parallel page and its pinyin page open line by line.
	for (const url of [viewUrl(slug, 'parallel'), `${viewUrl(slug, 'parallel')}pinyin/`]) {
		await page.goto(url);
		await expect(page.getByRole('radio', { name: 'Line by line' })).toBeChecked();
		await expectLineByLine(page);
	}
	await page.getByRole('radio', { name: 'Side by side' }).check();
	await page.reload();
	const { zh, en } = await cellBoxes(page, '#p3');
	expect(zh.x + zh.width).toBeLessThanOrEqual(en.x);
});

test('tap for the English: one language shown, a tap on a sentence shows its translation, a second tap hides it', async ({ page }, testInfo) => {
	for (const width of [1280, 390]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
			await page.emulateMedia({ colorScheme });
			await page.goto(viewUrl(slug, 'parallel'));
			await openOptions(page);
			await page.getByRole('radio', { name: 'Tap for the English' }).check();
			await closeOptions(page);
			const english = page.locator('[data-seg][lang="en"]');
			await expect(english.filter({ visible: true })).toHaveCount(0);
			await expect(page.locator('[data-seg][lang="zh-Hans"]').first()).toBeVisible();
			// Its opening words (the middle of the sentence holds links, which go where they point).
			const sentence = page.locator('[data-seg="p3-s2"][lang="zh-Hans"]');
			await sentence.click({ position: { x: 8, y: 8 } });
			await expect(page.locator('[data-seg="p3-s2"][lang="en"]')).toBeVisible();
			await expect(english.filter({ visible: true })).toHaveCount(1);
			// The translation sits under its sentence, before the next one.
			const [said, shown, next] = await Promise.all(
				['[data-seg="p3-s2"][lang="zh-Hans"]', '[data-seg="p3-s2"][lang="en"]', '[data-seg="p3-s3"][lang="zh-Hans"]'].map((s) => page.locator(s).boundingBox()),
			);
			expect(shown!.y).toBeGreaterThanOrEqual(said!.y + said!.height - 1);
			expect(next!.y).toBeGreaterThanOrEqual(shown!.y + shown!.height - 1);
			await page.screenshot({ path: testInfo.outputPath(`tap-for-english-${width}-${colorScheme}.png`) });
			await sentence.click({ position: { x: 8, y: 8 } });
			await expect(english.filter({ visible: true })).toHaveCount(0);
		}
	}
	// Keyboard: focus in a row (its ¶ link) shows that paragraph's translation.
	await page.locator('#p2 .paragraph-number').focus();
	await expect(page.locator('#p2 [data-seg][lang="en"]').first()).toBeVisible();
	await expect(page.locator('#p3 [data-seg][lang="en"]').first()).toBeHidden();
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
		await page.locator('.view-nav a', { hasText: /^English$/ }).click();
		await expect(page.locator('.paragraph .text[lang="en"]')).toHaveCount(article.en.paragraphs.length);
		await expect(page.locator('.paragraph .text[lang="zh-Hans"]')).toHaveCount(0);
	});

	test('the layout choice works by CSS: line by line on a wide screen, and no tap choice offered', async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(viewUrl(slug, 'parallel'));
		await expect(page.getByRole('radio')).toHaveCount(2);
		await page.getByRole('radio', { name: 'Line by line' }).check();
		await expectLineByLine(page);
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
