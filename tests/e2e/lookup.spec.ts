import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { axeViolations } from './support/axe.ts';
import { sourceArticles, viewUrl } from '../support/sources.ts';

// The word lookup, in the built site: a tap on a Chinese word opens its entry; the toolbar's button
// and the arrow keys do the same from the keyboard; the data loads on the first lookup only.
const article = sourceArticles()[0]!;
const parallel = viewUrl(article.slug, 'parallel');
const popover = (page: Page) => page.locator('.word-lookup:popover-open');

/**
 * Taps the middle of the first character of an occurrence of `word` in a paragraph's Chinese (never
 * in its pinyin): the first occurrence outside any link, or with `inLink`, inside a glossary link
 * (a note's phrase is a link to the note, and stays one).
 */
async function tapWord(page: Page, paragraph: string, word: string, inLink = false): Promise<void> {
	const text = page.locator(`#${paragraph} .text[lang="zh-Hans"]`);
	await text.scrollIntoViewIfNeeded();
	const point = await text.evaluate(
		(el, [word, inLink]) => {
			const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement!.closest('rt') ? 2 : 1) });
			const nodes: Text[] = [];
			while (walker.nextNode()) nodes.push(walker.currentNode as Text);
			const joined = nodes.map((n) => n.data).join('');
			for (let at = joined.indexOf(word as string); at >= 0; at = joined.indexOf(word as string, at + 1)) {
				let start = 0;
				const node = nodes.find((n) => (start += n.data.length) > at)!;
				if (Boolean(node.parentElement!.closest(inLink ? 'a:not(.note-ref)' : 'a')) !== inLink) continue;
				const range = document.createRange();
				const offset = at - (start - node.data.length);
				range.setStart(node, offset);
				range.setEnd(node, offset + 1);
				range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
				const box = range.getBoundingClientRect();
				return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
			}
			throw new Error(`${word} not found`);
		},
		[word, inLink] as const,
	);
	await page.mouse.click(point.x, point.y);
}

test('tapping 手工业 shows its pinyin in context and its sense; the data is fetched then and not before', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto(parallel);
	await page.waitForLoadState('networkidle');
	await page.mouse.wheel(0, 600);
	await expect(page.locator('.word-lookup-start')).toBeVisible();
	expect(fetched.filter((path) => path.endsWith('words.json') || path.endsWith('word-lookup.css'))).toEqual([]);
	await tapWord(page, 'p1', '手工业');
	await expect(popover(page)).toBeVisible();
	await expect(popover(page).locator('.word-lookup-entry > .word-lookup-word')).toHaveText(/^手工业\s+shǒugōngyè$/);
	await expect(popover(page).locator('[lang="zh-Latn-pinyin"]').first()).toHaveText('shǒugōngyè');
	await expect(popover(page).locator('.word-lookup-senses[lang="en"] li')).toContainText(['handicraft']);
	expect(fetched.filter((path) => path.endsWith('words.json'))).toEqual([`/${parallel}words.json`]);
	// The word is drawn marked in the text, which is unchanged.
	expect(await page.evaluate(() => [...CSS.highlights.get('word-lookup')!].map((r) => String(r)))).toEqual(['手工业']);
	await expect(page.locator('.paragraph mark')).toHaveCount(0);
	// A tap elsewhere closes it.
	await page.mouse.click(5, 5);
	await expect(popover(page)).toHaveCount(0);
	await expect.poll(() => page.evaluate(() => CSS.highlights.has('word-lookup'))).toBe(false);
});

test('tapping 劳动生产率 shows its glossary entry and its parts, each with its senses', async ({ page }) => {
	await page.goto(parallel);
	// Glossary terms are links: with the script, a tap opens the entry instead of leaving the page.
	await tapWord(page, 'p4', '劳动生产率', true);
	await expect(popover(page)).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`/${parallel}$`));
	await expect(popover(page).locator('.word-lookup-glossary a')).toHaveText('labor productivity');
	const parts = popover(page).locator('.word-lookup-parts > li');
	await expect(parts.locator('.word-lookup-word [lang="zh-Hans"]')).toHaveText(['劳动', '生产率']);
	await expect(parts.nth(0).locator('[lang="zh-Latn-pinyin"]')).toHaveText('láodòng');
	await expect(parts.nth(1).locator('li')).toContainText(['productivity']);
	// The glossary line is a link to the entry.
	await popover(page).locator('.word-lookup-glossary a').click();
	await expect(page).toHaveURL(/\/glossary\/#labor-productivity$/);
	await expect(page.locator('#labor-productivity:target')).toBeInViewport();
});

test('tapping 白如冰 shows the glossary entry of a name the dictionary lacks', async ({ page }) => {
	await page.goto(viewUrl(article.slug, 'zh'));
	await tapWord(page, 'p6', '白如冰', true);
	await expect(popover(page).locator('.word-lookup-word')).toHaveText(/^白如冰\s+Bái Rúbīng$/);
	await expect(popover(page).locator('.word-lookup-glossary')).toContainText('Bai Rubing');
	await expect(popover(page).locator('.word-lookup-glossary')).toContainText('standing committee');
	await expect(popover(page).locator('.word-lookup-senses, .word-lookup-parts')).toHaveCount(0);
	// The Chinese view speaks Chinese in the popover's own words.
	await expect(popover(page).locator('.word-lookup-glossary')).toContainText('词汇表');
});

for (const width of [390, 1280]) {
	test(`the popover stays inside the viewport at ${width} px, on the pinyin page too, and a tap on the pinyin looks up its character`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const path of [parallel, `${parallel}pinyin/`]) {
			await page.goto(path);
			for (const [paragraph, word] of [
				['p1', '手工业'],
				['p4', '合作化'],
			] as const) {
				await tapWord(page, paragraph, word, word === '合作化');
				const box = (await popover(page).boundingBox())!;
				expect(box.x).toBeGreaterThanOrEqual(0);
				expect(box.y).toBeGreaterThanOrEqual(0);
				expect(box.x + box.width).toBeLessThanOrEqual(width);
				expect(box.y + box.height).toBeLessThanOrEqual(800);
				await page.keyboard.press('Escape');
			}
		}
		// On the pinyin page, the syllable above 业 stands for 业.
		const rt = page.locator('#p1 .text[lang="zh-Hans"] ruby > span').filter({ hasText: /^业$/ }).first().locator('xpath=following-sibling::rt[1]');
		await rt.scrollIntoViewIfNeeded();
		await rt.click();
		await expect(popover(page).locator('.word-lookup-entry > .word-lookup-word [lang="zh-Hans"]')).toHaveText('全国第四次手工业工作会议');
		await page.screenshot({ path: `tests/.output/screenshots/lookup-pinyin-${width}.png` });
	});
}

test('keyboard only: the toolbar’s button opens the lookup, arrow keys move from word to word, Escape closes it', async ({ page }) => {
	await page.goto(parallel);
	const button = page.locator('.word-lookup-start');
	for (let i = 0; i < 40 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(button).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(popover(page)).toBeFocused();
	await expect(popover(page)).toHaveAttribute('role', 'dialog');
	// The first word of the text in view: ¶1 begins 【本报讯】全国第四次手工业工作会议….
	await expect(popover(page)).toHaveAttribute('data-word', '本报');
	await expect(popover(page).locator('.word-lookup-entry')).toHaveAttribute('aria-live', 'polite');
	await page.keyboard.press('ArrowRight');
	await expect(popover(page)).toHaveAttribute('data-word', '讯');
	await page.keyboard.press('ArrowRight');
	await expect(popover(page)).toHaveAttribute('data-word', '全国第四次手工业工作会议');
	await page.keyboard.press('ArrowLeft');
	await expect(popover(page)).toHaveAttribute('data-word', '讯');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	// The first word has no word before it.
	await expect(popover(page)).toHaveAttribute('data-word', '本报');
	await page.keyboard.press('Escape');
	await expect(popover(page)).toHaveCount(0);
	await expect(button).toBeFocused();
	// One tab stop for the whole text: the next Tab leaves the toolbar's button for the next control.
	await page.keyboard.press('Tab');
	await expect(page.locator('.paragraph .text[lang="zh-Hans"] :focus')).toHaveCount(0);
});

test('the popover open is accessible, light and dark, and the text is unchanged', async ({ page }) => {
	await page.goto(parallel);
	const before = await page.locator('#p4 .text[lang="zh-Hans"]').textContent();
	await tapWord(page, 'p4', '劳动生产率', true);
	await expect(popover(page)).toBeVisible();
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await axeViolations(page, { include: '.word-lookup' })).toEqual([]);
		await page.screenshot({ path: `tests/.output/screenshots/lookup-1280-${colorScheme}.png` });
	}
	expect(await page.locator('#p4 .text[lang="zh-Hans"]').textContent()).toBe(before);
});

test('without JavaScript nothing changes: no lookup button, and a glossary link opens the glossary', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(parallel);
	await expect(page.locator('.word-lookup-start')).toBeHidden();
	await page.locator('#p6 .text[lang="zh-Hans"] a[href$="#bai-rubing"]').click();
	await expect(page).toHaveURL(/\/glossary\/#bai-rubing$/);
	await context.close();
});
