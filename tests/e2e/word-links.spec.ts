// The word links on the reading page (#41): the looked-up word's English marked and named in the popover, a mouse over a word in either language marking its link, a tap on an English word opening its Chinese word, in both readings and every view.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { axeViolations } from './support/axe.ts';
import { sourceArticles, viewUrl } from '../support/sources.ts';
import { textPoint } from '../support/text-point.ts';

const article = sourceArticles()[0]!;
const parallel = viewUrl(article.slug, 'parallel');
const popover = (page: Page) => page.locator('.word-lookup:popover-open');
/** The published links (the download), which the page's marks must match. */
const published = JSON.parse(readFileSync(new URL(`../../dist/${parallel}word-links.json`, import.meta.url), 'utf8')) as { segment: string; zh: { start: number; end: number; text: string }[]; en: { text: string; start: number; end: number }[] }[];

/** The words each highlight draws, in document order. */
function marks(page: Page, name: string): Promise<string[]> {
	return page.evaluate((name) => {
		const highlight = CSS.highlights.get(name);
		return highlight ? [...highlight].map((r) => String(r)) : [];
	}, name);
}

/** The centre of the middle character of `words` in a row's text in `lang`, scrolled into view. */
async function pointOf(page: Page, paragraph: string, lang: 'zh-Hans' | 'en', words: string): Promise<{ x: number; y: number }> {
	const point = await page.evaluate(textPoint, [paragraph, lang, words] as [string, string, string]);
	if (!point) throw new Error(`${words} not found in #${paragraph}`);
	return point;
}

test('every published link’s pieces are where the page’s text has them (the offsets the marks use)', async ({ page }) => {
	await page.goto(parallel);
	const texts = await page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('.paragraph')].map((row) => {
				const text = (lang: string) => {
					const walker = document.createTreeWalker(row.querySelector(`.text[lang="${lang}"]`)!, NodeFilter.SHOW_TEXT);
					let joined = '';
					while (walker.nextNode()) joined += (walker.currentNode as Text).data;
					return joined;
				};
				return [row.id, { zh: text('zh-Hans'), en: text('en') }];
			}),
		),
	);
	expect(published.length).toBeGreaterThan(300);
	const misplaced = published.flatMap((link) => {
		const row = texts[link.segment.split('-')[0]!]!;
		return (['zh', 'en'] as const).flatMap((lang) => link[lang].filter((piece) => row[lang].slice(piece.start, piece.end) !== piece.text).map((piece) => `${link.segment} ${lang} “${piece.text}”`));
	});
	expect(misplaced).toEqual([]);
});

test('a looked-up word’s English is marked and named; the arrow keys move the marks; a mouse over either language marks a link', async ({ page }) => {
	await page.goto(parallel);
	await page.waitForLoadState('networkidle');
	const { x, y } = await pointOf(page, 'p1', 'zh-Hans', '手工业生产合作社');
	await page.mouse.click(x, y);
	await expect(popover(page)).toHaveAttribute('data-word', '手工业生产合作社');
	await expect(popover(page).locator('.word-lookup-rendering')).toHaveText('Rendered here as “handicraft production cooperatives”');
	await expect(popover(page).locator('.word-lookup-rendering [lang="en"]')).toHaveCount(1);
	expect(await marks(page, 'word-link')).toEqual(['手工业生产合作社', 'handicraft production cooperatives']);
	expect(await marks(page, 'word-lookup')).toEqual(['手工业生产合作社']);
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await axeViolations(page, { include: '.word-lookup' })).toEqual([]);
		await page.screenshot({ path: `tests/.output/screenshots/word-links-1280-${colorScheme}.png` });
	}
	// The next word, 组织发展, renders as "organizational development".
	await page.keyboard.press('ArrowRight');
	await expect(popover(page)).toHaveAttribute('data-word', '组织');
	await expect(popover(page).locator('.word-lookup-rendering')).toHaveText('Rendered here as “organizational development”');
	expect(await marks(page, 'word-link')).toEqual(['组织发展', 'organizational development']);

	// A mouse over an English word marks its link; off the words, the shown word's link comes back.
	// (As a hand moves a mouse: a few steps, the last on the word.)
	const meeting = await pointOf(page, 'p1', 'en', 'meeting');
	await page.mouse.move(meeting.x, meeting.y, { steps: 3 });
	await expect.poll(() => marks(page, 'word-link')).toEqual(['会议', 'meeting']);
	const chinese = await pointOf(page, 'p1', 'zh-Hans', '闭幕');
	await page.mouse.move(chinese.x, chinese.y, { steps: 3 });
	await expect.poll(() => marks(page, 'word-link')).toEqual(['闭幕', 'concluded']);
	await page.mouse.move(2, 300);
	await expect.poll(() => marks(page, 'word-link')).toEqual(['组织发展', 'organizational development']);
	await page.keyboard.press('Escape');
	await expect(popover(page)).toHaveCount(0);
	await expect.poll(() => marks(page, 'word-link')).toEqual([]);

	// A tap on an English word opens its Chinese word's entry.
	const studied = await pointOf(page, 'p1', 'en', 'studied');
	await page.mouse.click(studied.x, studied.y);
	await expect(popover(page)).toHaveAttribute('data-word', '研究');
	await expect(popover(page).locator('.word-lookup-rendering')).toHaveText('Rendered here as “studied”');
	expect(await marks(page, 'word-link')).toEqual(['研究', 'studied']);
});

test('nothing is fetched or marked until the mouse comes over the text; from its first move, a word’s link is marked; a first tap on an English word opens its Chinese word', async ({ page, browser, baseURL }) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto(parallel);
	await page.waitForLoadState('networkidle');
	// Moving over the page's margin and its header, scrolling: nothing loads.
	await page.mouse.move(2, 300, { steps: 3 });
	await page.mouse.move(640, 20, { steps: 3 });
	await page.mouse.wheel(0, 200);
	await page.waitForTimeout(300);
	const words = () => fetched.filter((path) => path.endsWith('words.json') || /word-lookup/.test(path));
	expect(words()).toEqual([]);
	expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
	// The first moves over the text: the lookup loads, and the word under the mouse is marked.
	const meeting = await pointOf(page, 'p1', 'en', 'meeting');
	await page.mouse.move(meeting.x, meeting.y, { steps: 3 });
	await expect.poll(() => marks(page, 'word-link')).toEqual(['会议', 'meeting']);
	expect(words().length).toBeGreaterThan(0);
	await expect(popover(page)).toHaveCount(0);

	// On a phone's page that has loaded nothing yet (a touch moves no mouse), a tap on an English word
	// opens its Chinese word's entry.
	const phone = await browser.newContext({ baseURL, hasTouch: true, viewport: { width: 390, height: 844 } });
	const tapped = await phone.newPage();
	await tapped.goto(parallel);
	const studied = await pointOf(tapped, 'p1', 'en', 'studied');
	await tapped.touchscreen.tap(studied.x, studied.y);
	await expect(popover(tapped)).toHaveAttribute('data-word', '研究');
	await expect.poll(() => marks(tapped, 'word-link')).toEqual(['研究', 'studied']);
	await tapped.keyboard.press('Escape');
	await expect(popover(tapped)).toHaveCount(0);
	await phone.close();
	// An English word no link takes opens nothing (one that occurs once in ¶1, outside its links and the text's own links).
	const english = await page.evaluate(() => {
		const text = document.querySelector('#p1 .text[lang="en"]')!;
		const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
		const pieces: { start: number; end: number }[] = [];
		let joined = '';
		while (walker.nextNode()) {
			const data = (walker.currentNode as Text).data;
			if (walker.currentNode.parentElement!.closest('a')) pieces.push({ start: joined.length, end: joined.length + data.length });
			joined += data;
		}
		return { joined, inLinks: pieces };
	});
	const taken = [...english.inLinks, ...published.filter((link) => link.segment.startsWith('p1-')).flatMap((link) => link.en)];
	const unlinked = [...english.joined.matchAll(/\b[a-z]{4,}\b/g)].find((m) => english.joined.split(m[0]).length === 2 && !taken.some((piece) => piece.start < m.index + m[0].length && m.index < piece.end))?.[0];
	expect(unlinked).toBeTruthy();
	const point = await pointOf(page, 'p1', 'en', unlinked!);
	await page.mouse.click(point.x, point.y);
	await page.waitForTimeout(300);
	await expect(popover(page)).toHaveCount(0);
});

test('in the corrected reading a link through a correction marks and names the editors’ words', async ({ page }) => {
	await page.goto(parallel);
	await page.waitForLoadState('networkidle');

	await page.locator('.reading-choice input[value="corrected"]').first().check();
	await expect(page.locator('html')).toHaveAttribute('data-corrected', '');
	const { x, y } = await pointOf(page, 'p4', 'zh-Hans', '中等社');
	await page.mouse.click(x, y);
	await expect(popover(page)).toHaveAttribute('data-word', /^中等/);
	await expect(popover(page).locator('.word-lookup-rendering')).toHaveText('Rendered here as “cooperatives of middling standard”');
	expect(await marks(page, 'word-link')).toEqual(['中等社', 'cooperatives of middling standard']);
	// Words after the correction are still found in their place.
	await page.keyboard.press('Escape');
	const after = published.find((link) => link.segment === 'p4-s2' && link.en[0]!.start > published.find((l) => l.zh[0]!.text === '中等社')!.en[0]!.end)!;
	const point = await pointOf(page, 'p4', 'zh-Hans', after.zh[0]!.text);
	await page.mouse.click(point.x, point.y);
	await expect.poll(() => marks(page, 'word-link')).toEqual([...after.zh.map((p) => p.text), ...after.en.map((p) => p.text)]);
});

test('on the Chinese view and at 390 px the popover names the rendering from the data, the marks drawn light and dark', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto(parallel);
	const { x, y } = await pointOf(page, 'p1', 'zh-Hans', '手工业生产合作社');
	await page.mouse.click(x, y);
	await expect(popover(page).locator('.word-lookup-rendering')).toHaveText('Rendered here as “handicraft production cooperatives”');
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.screenshot({ path: `tests/.output/screenshots/word-links-390-${colorScheme}.png` });
	}
	// The Chinese view has no English to mark: a mouse over its text loads nothing; a tap looks up.
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto(viewUrl(article.slug, 'zh'));
	await page.waitForLoadState('networkidle');
	const zh = await pointOf(page, 'p1', 'zh-Hans', '手工业生产合作社');
	await page.mouse.move(zh.x - 40, zh.y, { steps: 3 });
	await page.mouse.move(zh.x, zh.y, { steps: 3 });
	await page.waitForTimeout(300);
	expect(fetched.filter((path) => path.endsWith('words.json'))).toEqual([]);
	await page.mouse.click(zh.x, zh.y);
	await expect(popover(page).locator('.word-lookup-rendering')).toHaveText('此句译作“handicraft production cooperatives”');
	expect(await marks(page, 'word-link')).toEqual(['手工业生产合作社']);
});

test('in “Tap for the English” a link’s English is marked where the reader has shown it, and line by line too', async ({ page }) => {
	await page.goto(parallel);
	await page.locator('input[name="layout"][value="reveal"]').check();
	// Show p1-s2's English by a tap on its Chinese (off its glossary link), then look up from the button.
	const shown = await pointOf(page, 'p1', 'zh-Hans', '会议检查了');
	await page.mouse.click(shown.x, shown.y);
	await expect(page.locator('#p1 [data-seg="p1-s2"][lang="en"]')).toBeVisible();
	// A tap on the shown English opens the word it renders, as in the other layouts.
	const studied = await pointOf(page, 'p1', 'en', 'studied');
	await page.mouse.click(studied.x, studied.y);
	await expect(popover(page)).toHaveAttribute('data-word', '研究');
	await page.keyboard.press('Escape');
	await expect(popover(page)).toHaveCount(0);
	await page.locator('.word-lookup-start').click();
	await expect(popover(page)).toHaveCount(1);
	for (let i = 0; i < 40 && (await popover(page).getAttribute('data-word')) !== '手工业生产合作社'; i++) await page.keyboard.press('ArrowRight');
	await expect(popover(page)).toHaveAttribute('data-word', '手工业生产合作社');
	expect(await marks(page, 'word-link')).toEqual(['手工业生产合作社', 'handicraft production cooperatives']);
	// The marked English is on the screen (the highlight draws on visible text only).
	const box = await page.evaluate(() => {
		const range = [...CSS.highlights.get('word-link')!].at(-1) as Range;
		const rect = range.getBoundingClientRect();
		return { width: rect.width, visible: range.startContainer.parentElement!.checkVisibility() };
	});
	expect(box.width).toBeGreaterThan(0);
	expect(box.visible).toBe(true);
	await page.screenshot({ path: 'tests/.output/screenshots/word-links-reveal-1280.png' });
	// Line by line: the same marks.
	await page.keyboard.press('Escape');
	await page.locator('input[name="layout"][value="lines"]').check();
	const cooperatives = await pointOf(page, 'p1', 'zh-Hans', '手工业生产合作社');
	await page.mouse.click(cooperatives.x, cooperatives.y);
	await expect(popover(page)).toHaveAttribute('data-word', '手工业生产合作社');
	await expect.poll(() => marks(page, 'word-link')).toEqual(['手工业生产合作社', 'handicraft production cooperatives']);
	await page.screenshot({ path: 'tests/.output/screenshots/word-links-lines-1280.png' });
});
