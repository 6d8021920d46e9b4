// The pocket edition's first screen (#38): on a phone, nothing scrolled and nothing tapped, the first
// screen holds the title and the article's own text in every view; everything the header offered is
// one tap away, in the Tools sheet; a desktop still shows the text within its first 800 px. Saves the
// open sheet, light and dark, in tests/.output/screenshots/phone/; the first screen of every view at
// both sizes, light and dark, is the gallery's (npm run screenshots), to be looked at.
import type { Page } from '@playwright/test';
import { firstScreenCharacters } from '../support/first-screen.ts';
import { readingPages, sourceArticles } from '../support/sources.ts';
import { axeViolations } from './support/axe.ts';
import { openOptions } from './support/options.ts';
import { expect, test } from './support/test.ts';

const slug = sourceArticles()[0]!.slug;
const views = readingPages(slug);
/** The goal: characters of article text (both languages) inside the first screen, at each phone size. */
const phones = [
	{ width: 390, height: 844, goal: 200 },
	{ width: 360, height: 640, goal: 100 },
];
const shots = new URL('../.output/screenshots/phone/', import.meta.url).pathname;

for (const { width, height, goal } of phones) {
	test.describe(`a ${width}×${height} phone`, () => {
		test.use({ viewport: { width, height }, isMobile: true, hasTouch: true });

		test(`shows the title and at least ${goal} characters of the text on the first screen, in every view`, async ({ page }) => {
			const counts: Record<string, number> = {};
			for (const [name, url] of Object.entries(views)) {
				await page.goto(url);
				await expect(page.locator('h1')).toBeInViewport({ ratio: 1 });
				counts[name] = await page.evaluate(firstScreenCharacters);
			}
			console.log(`first screen at ${width}×${height}: ${JSON.stringify(counts)}`);
			// Every view at once, so a failure names each view's count.
			expect(Object.fromEntries(Object.entries(counts).filter(([, count]) => count < goal)), JSON.stringify(counts)).toEqual({});
		});
	});
}

/** What the Tools sheet must offer on the parallel page: everything the header offered before it. */
async function expectEveryTool(page: Page): Promise<void> {
	const sheet = page.locator('#article-options');
	for (const name of ['Side by side', 'Line by line', 'Tap for the English']) await expect(sheet.getByRole('radio', { name })).toBeVisible();
	for (const name of ['Cite · download', 'Glossary', 'Show pinyin', /^Edition \d/]) await expect(sheet.getByRole('link', { name })).toBeInViewport();
	await expect(sheet.getByRole('button', { name: 'Look up words' })).toBeInViewport();
}

/** The Tools button's expanded state in Chromium's accessibility tree (Playwright's roles do not read popovertarget). */
async function toolsExpanded(page: Page): Promise<unknown> {
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = await cdp.send('Accessibility.getFullAXTree');
	const button = nodes.find((node) => node.role?.value === 'button' && node.name?.value === 'Tools');
	return button?.properties?.find((property) => property.name === 'expanded')?.value.value;
}

test.describe('the Tools sheet on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('one tap opens the layouts and every tool; a choice there applies; Close and Escape close it, back on the button', async ({ page }) => {
		await page.goto(views.parallel);
		const sheet = page.locator('#article-options');
		const button = page.locator('.tools-button');
		await expect(sheet).toBeHidden();
		// The button tells assistive technology whether the sheet is open (HTML's popovertarget does).
		expect(await toolsExpanded(page)).toBe(false);
		await button.tap();
		await expect(sheet).toBeVisible();
		expect(await toolsExpanded(page)).toBe(true);
		await expectEveryTool(page);
		// What only a phone shows (the button, the sheet, its Close) passes axe's WCAG 2.2 AA rules there, in
		// light and dark: the page's other checks run every rule at desktop width (accessibility.spec.ts).
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme });
			await page.screenshot({ path: `${shots}tools-390-${colorScheme}.png` });
			expect(await axeViolations(page, { include: '.article-header' }), colorScheme).toEqual([]);
		}
		await page.emulateMedia({ colorScheme: 'light' });
		// A layout chosen in the sheet applies to the text behind it.
		await sheet.getByRole('radio', { name: 'Tap for the English' }).check();
		await sheet.getByRole('button', { name: 'Close' }).tap();
		await expect(sheet).toBeHidden();
		await expect(page.locator('[data-seg][lang="en"]').filter({ visible: true })).toHaveCount(0);
		// From the keyboard: Enter opens it, Tab goes on into it (its Close, then the layouts' one stop, the
		// checked choice), and Escape closes it with focus back on the button.
		await button.focus();
		await page.keyboard.press('Enter');
		await expect(sheet).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(sheet.getByRole('button', { name: 'Close' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(sheet.getByRole('radio', { name: 'Tap for the English' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(sheet).toBeHidden();
		await expect(button).toBeFocused();
		// Named by its heading, for assistive technology.
		await button.click();
		await expect(page.getByRole('region', { name: 'Tools' })).toBeVisible();
	});

	test('the Chinese view’s sheet speaks Chinese and offers pinyin and the lookup; the English view’s has no layouts but the reading', async ({ page }) => {
		await page.goto(views.chinese);
		await openOptions(page);
		const sheet = page.locator('#article-options');
		await expect(sheet.getByRole('link', { name: '显示拼音' })).toBeVisible();
		await expect(sheet.getByRole('button', { name: '查词' })).toBeVisible();
		await expect(sheet.getByRole('radio')).toHaveCount(0);
		await page.goto(views.english);
		await openOptions(page);
		// No layouts, but the translation's reading (this article's translation has corrections).
		await expect(page.locator('#article-options input[name="layout"]')).toHaveCount(0);
		await expect(page.locator('#article-options').getByRole('radio')).toHaveCount(2);
		await expect(page.locator('#article-options').getByRole('radio', { name: 'Corrected' })).toBeVisible();
		await expect(page.locator('#article-options').getByRole('link', { name: 'Glossary' })).toBeVisible();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the sheet opens (HTML alone opens it) with its links and the layouts that need no script', async ({ page }) => {
			await page.goto(views.parallel);
			await openOptions(page);
			const sheet = page.locator('#article-options');
			await expect(sheet.getByRole('radio')).toHaveCount(2);
			await expect(sheet.getByRole('link', { name: 'Show pinyin' })).toBeVisible();
			await expect(sheet.getByRole('button', { name: 'Look up words' })).toBeHidden();
			await sheet.getByRole('button', { name: 'Close' }).tap();
			await expect(sheet).toBeHidden();
		});
	});
});

test('a desktop shows the views, layouts and tools under the title without a Tools button, and the text within its first 800 px', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(views.parallel);
	await expect(page.locator('.tools-button')).toBeHidden();
	await expectEveryTool(page);
	const top = await page.locator('[data-seg]').first().evaluate((segment) => segment.getBoundingClientRect().top);
	expect(top).toBeLessThan(800);
	expect(await page.evaluate(firstScreenCharacters)).toBeGreaterThan(200);
});

test('Chromium finds the edition installable: its manifest parses without errors and no installability error is listed', async ({ page }) => {
	await page.goto(views.parallel);
	const cdp = await page.context().newCDPSession(page);
	const manifest = await cdp.send('Page.getAppManifest');
	expect(manifest.url).toMatch(/\/manifest\.webmanifest$/);
	expect(manifest.errors).toEqual([]);
	expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
});
