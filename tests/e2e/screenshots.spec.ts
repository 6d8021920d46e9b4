import type { Page } from '@playwright/test';
import { test } from './support/test.ts';
import { readingPages, sourceArticles, viewUrl } from '../support/sources.ts';

// Saves screenshots of every page type at 1280 and 390 px, light and dark, in
// tests/.output/screenshots/, for a person to look at before a release (docs/testing.md, "Before a release"):
// the whole page in light, the first screen in dark (the dark scheme changes only colours). The
// citation page, hundreds of citations long, gets its first screen only.
// Tests pass on pages that still look wrong; these are for the eyes.
const slug = sourceArticles()[0]!.slug;
const pageTypes: Record<string, string> = {
	home: '',
	parallel: viewUrl(slug, 'parallel'),
	chinese: viewUrl(slug, 'zh'),
	english: viewUrl(slug, 'en'),
	'parallel-pinyin': `${viewUrl(slug, 'parallel')}pinyin/`,
	'chinese-pinyin': `${viewUrl(slug, 'zh')}pinyin/`,
	cite: `articles/${slug}/cite/`,
	glossary: 'glossary/',
	about: 'about/',
	anchors: 'anchors/',
	search: 'search/?q=%E6%89%8B%E5%B7%A5%E4%B8%9A',
	'not-found': 'no-such-page/',
	// A paragraph's Cite panel with its sentence links (the other layouts: layout.spec.ts saves them).
	'sentence-links': `${viewUrl(slug, 'parallel')}#p3`,
	// The translation as the editors corrected it (the reading choice), at the corrections of ¶4.
	corrected: `${viewUrl(slug, 'parallel')}#p4`,
};
const prepare: Record<string, (page: Page) => Promise<void>> = {
	search: (page) => page.locator('edition-search[data-results]').waitFor(),
	corrected: async (page) => {
		await page.evaluate(() => localStorage.setItem('edition:reading', 'corrected'));
		await page.reload();
		await page.locator('html[data-corrected]').waitFor();
	},
	'sentence-links': async (page) => {
		await page.locator('#p3 details.cite summary').click();
		await page.locator('#p3 .segment-links-fold summary').click();
	},
};
const shots = new URL('../.output/screenshots/', import.meta.url).pathname;

// A phone's first screen of every reading view, at the two phone sizes of tests/e2e/phone.spec.ts (which
// counts the text on it), light and dark, as a touch screen shows it.
const phoneViews = readingPages(slug);
for (const { width, height } of [
	{ width: 390, height: 844 },
	{ width: 360, height: 640 },
]) {
	test.describe(`a ${width}×${height} phone`, () => {
		test.use({ viewport: { width, height }, isMobile: true, hasTouch: true });
		test(`screenshots of every view's first screen at ${width} px`, async ({ page }) => {
			for (const [name, path] of Object.entries(phoneViews)) {
				await page.goto(path);
				for (const colorScheme of ['light', 'dark'] as const) {
					await page.emulateMedia({ colorScheme });
					await page.screenshot({ path: `${shots}phone/${name}-${width}-${colorScheme}.png` });
				}
				await page.emulateMedia({ colorScheme: 'light' });
			}
		});
	});
}

for (const [name, path] of Object.entries(pageTypes)) {
	test(`screenshots of the ${name} page`, async ({ page }) => {
		await page.goto(path);
		await prepare[name]?.(page);
		for (const width of [1280, 390]) {
			for (const colorScheme of ['light', 'dark'] as const) {
				await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
				await page.emulateMedia({ colorScheme });
				// A page shot at its target (#p4) shows it at each width.
				await page.evaluate(() => location.hash && document.getElementById(location.hash.slice(1))?.scrollIntoView());
				await page.screenshot({ path: `${shots}${name}-${width}-${colorScheme}.png`, fullPage: colorScheme === 'light' && !['cite', 'sentence-links', 'corrected'].includes(name) });
			}
		}
	});
}
