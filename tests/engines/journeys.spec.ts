// The reader's journeys, in each engine a reader uses: Chromium (Chrome, Edge), Firefox and WebKit
// (Safari, and every browser on an iPhone), on the built dist/. The rest of the browser tests run
// in Chromium alone (tests/e2e/). After each test the fixture checks that the page raised no error
// and broke no rule of its Content Security Policy.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstScreenCharacters } from '../support/first-screen.ts';
import { readingPages, sourceArticles, viewUrl } from '../support/sources.ts';
import { serveStatic } from '../support/static-server.ts';
import { textPoint } from '../support/text-point.ts';
import { expect, expectInPage, test } from './support/fixtures.ts';
import type { Reader } from './support/reader.ts';

const article = sourceArticles()[0]!;
const parallel = viewUrl(article.slug, 'parallel');
const screenshots = new URL('../.output/screenshots/engines/', import.meta.url).pathname;
mkdirSync(screenshots, { recursive: true });
/** A wide screen and a phone, for the journeys that try each. */
const WIDE_AND_PHONE = [
	[1280, 900],
	[390, 844],
] as const;
const shot = (reader: Reader, name: string) => reader.screenshot(`${screenshots}${reader.engine}-${name}.png`);

/** The centre of the first element matching `selector`, scrolled into view, in viewport px. */
async function centreOf(reader: Reader, selector: string, block: ScrollLogicalPosition = 'center'): Promise<{ x: number; y: number }> {
	const point = await reader.evaluate(
		([selector, block]) => {
			const el = document.querySelector(selector);
			if (!el) return null;
			el.scrollIntoView({ block });
			const box = el.getBoundingClientRect();
			return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
		},
		[selector, block] as [string, ScrollLogicalPosition],
	);
	if (!point) throw new Error(`Nothing matches ${selector}`);
	return point;
}

async function click(reader: Reader, selector: string): Promise<void> {
	const { x, y } = await centreOf(reader, selector);
	await reader.clickAt(x, y);
}

/** Opens the article's options where a phone keeps them in the Tools sheet (a wide screen shows them). */
async function openOptions(reader: Reader): Promise<void> {
	if (await reader.evaluate(() => document.querySelector<HTMLElement>('.tools-button')!.checkVisibility())) await click(reader, '.tools-button');
	await expectInPage(reader, () => document.querySelector<HTMLElement>('#article-options')!.checkVisibility()).toBe(true);
}

/** Closes the Tools sheet if it is open, by its Close button. */
async function closeOptions(reader: Reader): Promise<void> {
	if (await reader.evaluate(() => Boolean(document.querySelector('#article-options:popover-open')))) await click(reader, '#article-options .options-head button');
	await expectInPage(reader, () => document.querySelector('#article-options:popover-open')).toBe(null);
}

/** Rows side by side: in each, the Chinese cell ends left of the English one, their tops level. */
function sideBySide(): string[] {
	return [...document.querySelectorAll('.paragraph')].flatMap((row) => {
		const zh = row.querySelector('.text[lang="zh-Hans"]')!.getBoundingClientRect();
		const en = row.querySelector('.text[lang="en"]')!.getBoundingClientRect();
		return zh.right <= en.left && Math.abs(zh.top - en.top) < 2 ? [] : [`${row.id}: zh ${zh.left}-${zh.right} at ${zh.top}, en ${en.left}-${en.right} at ${en.top}`];
	});
}

/** Line by line: each English segment lies under its Chinese one and above the next; nothing scrolls sideways. */
function lineByLine(): string[] {
	const problems = [...document.querySelectorAll('.paragraph')].flatMap((row) => {
		const boxes = (lang: string) => [...row.querySelectorAll(`[data-seg][lang="${lang}"]`)].map((s) => s.getBoundingClientRect());
		const [zh, en] = [boxes('zh-Hans'), boxes('en')];
		if (!zh.length || zh.length !== en.length) return [`${row.id}: ${zh.length} Chinese and ${en.length} English segments`];
		return zh.flatMap((z, m) => (en[m]!.top >= z.bottom - 1 && (!zh[m + 1] || zh[m + 1]!.top >= en[m]!.bottom - 1) ? [] : [`${row.id} segment ${m + 1} out of order`]));
	});
	if (document.documentElement.scrollWidth > innerWidth) problems.push(`scrolls sideways: ${document.documentElement.scrollWidth} > ${innerWidth}`);
	return problems;
}

/** Whether a segment is drawn as marked (an outline, not colour alone). */
function marked([seg, lang]: [string, string]): boolean {
	return getComputedStyle(document.querySelector(`[data-seg="${seg}"][lang="${lang}"]`)!).outlineStyle !== 'none';
}

/** Whether an element lies at least partly inside the viewport. */
function inView(selector: string): boolean {
	const box = document.querySelector(selector)?.getBoundingClientRect();
	return Boolean(box && box.bottom > 0 && box.top < innerHeight && box.width > 0);
}

test('the parallel page: side by side at 1280 px, the layout legend on the choices’ line; line by line at 390 px', async ({ reader, site }) => {
	await reader.open(`${site}${parallel}`);
	await shot(reader, 'parallel-1280-light');
	expect(await reader.evaluate(() => [innerWidth, innerHeight])).toEqual([1280, 900]);
	expect(await reader.evaluate(sideBySide)).toEqual([]);
	// "Layout" and its choices on one line: the legend's middle lies within the first choice's line.
	const legend = await reader.evaluate(() => {
		const [legend, label] = [document.querySelector('.layout-choice legend')!, document.querySelector('.layout-choice label')!].map((el) => el.getBoundingClientRect());
		return { middle: legend!.top + legend!.height / 2, top: label!.top, bottom: label!.bottom, right: legend!.right, left: label!.left };
	});
	expect(legend.middle).toBeGreaterThan(legend.top);
	expect(legend.middle).toBeLessThan(legend.bottom);
	expect(legend.right).toBeLessThanOrEqual(legend.left);
	await reader.resize(390, 844);
	await reader.open(`${site}${parallel}`);
	await shot(reader, 'parallel-390-light');
	// A phone's width, truly (MiniBrowser's window is held to it, see webkit.ts).
	expect(await reader.evaluate(() => innerWidth)).toBe(390);
	expect(await reader.evaluate(lineByLine)).toEqual([]);
});

test('a phone’s first screen holds the title and at least 200 characters of the text in every view; Tools opens the sheet', async ({ reader, site }) => {
	await reader.resize(390, 844);
	const counts: Record<string, number> = {};
	for (const path of Object.values(readingPages(article.slug))) {
		await reader.open(`${site}${path}`);
		expect(await reader.evaluate(() => innerHeight)).toBe(844);
		expect(await reader.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
		// Nothing scrolls sideways (WebKit once sized a pinyin row's column to its ruby, 612 px wide).
		expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		counts[path] = await reader.evaluate(firstScreenCharacters);
	}
	// The closest to its goal in every engine (Firefox's ruby is the tallest): the Chinese view with pinyin.
	await shot(reader, 'first-screen-chinese-pinyin-390-light');
	expect(Object.fromEntries(Object.entries(counts).filter(([, count]) => count < 200)), JSON.stringify(counts)).toEqual({});
	// The Tools button opens the sheet at the foot of the screen, with the layouts and the tools.
	await reader.open(`${site}${parallel}`);
	await openOptions(reader);
	expect(await reader.evaluate(() => document.querySelector('#article-options')!.getBoundingClientRect().bottom)).toBeCloseTo(844, 0);
	await shot(reader, 'tools-390-light');
	await click(reader, '#article-options .options-head button');
	await expectInPage(reader, () => document.querySelector('#article-options:popover-open')).toBe(null);
});

test('arriving at #p3-s4 brings the sentence into view and marks it in both languages', async ({ reader, site }) => {
	await reader.open(`${site}${parallel}#p3-s4`);
	await expectInPage(reader, inView, '#p3-s4').toBe(true);
	expect(await reader.evaluate(marked, ['p3-s4', 'zh-Hans'])).toBe(true);
	expect(await reader.evaluate(marked, ['p3-s4', 'en'])).toBe(true);
	expect(await reader.evaluate(marked, ['p3-s5', 'en'])).toBe(false);
});

for (const [query, lang, expected] of [
	['手工業', 'zh-Hans', /^手工业$/],
	['cooperativization', 'en', /^cooperativization$/i],
] as const) {
	test(`searching ${query} lists its sentences, and the first result lands on its sentence with exact marks`, async ({ reader, site }) => {
		await reader.open(`${site}search/?q=${encodeURIComponent(query)}`);
		await expectInPage(reader, () => Number(document.querySelector<HTMLElement>('edition-search')?.dataset.results ?? 0) > 0).toBe(true);
		const segment = await reader.evaluate(() => document.querySelector<HTMLElement>('.search-results > li')!.dataset.segment!);
		await click(reader, '.search-results > li a');
		await expectInPage(reader, () => document.querySelector(':target')?.id ?? location.href).toBe(segment);
		await expectInPage(reader, () => Number(document.querySelector<HTMLElement>('.paragraph:has(:target)')?.dataset.highlighted ?? 0) > 0).toBe(true);
		const found = await reader.evaluate(
			([segment, lang]) => ({
				inView: (() => {
					const box = document.getElementById(segment)!.getBoundingClientRect();
					return box.bottom > 0 && box.top < innerHeight;
				})(),
				marks: [...document.querySelectorAll(`.paragraph:has(:target) .text[lang="${lang}"] mark`)].map((m) => m.textContent),
				marksElsewhere: document.querySelectorAll('mark').length - document.querySelectorAll(`.paragraph:has(:target) .text[lang="${lang}"] mark`).length,
				arrival: [...document.querySelectorAll(`[data-seg="${segment}"]`)].map((s) => getComputedStyle(s).outlineStyle !== 'none'),
			}),
			[segment, lang] as [string, string],
		);
		expect(found.inView).toBe(true);
		expect(found.marks.length).toBeGreaterThan(0);
		for (const mark of found.marks) expect(mark).toMatch(expected);
		expect(found.marksElsewhere).toBe(0);
		expect(found.arrival).toEqual([true, true]);
	});
}

/** Where to tap the first character of `word` outside any link in a paragraph's Chinese (scrolled into view). */
function wordPoint([paragraph, word]: [string, string]): { x: number; y: number } | null {
	const text = document.querySelector(`#${paragraph} .text[lang="zh-Hans"]`)!;
	const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
	while (walker.nextNode()) {
		const node = walker.currentNode as Text;
		const at = node.data.indexOf(word);
		if (at < 0 || node.parentElement!.closest('a, rt')) continue;
		node.parentElement!.scrollIntoView({ block: 'center' });
		const range = document.createRange();
		range.setStart(node, at);
		range.setEnd(node, at + 1);
		const box = range.getBoundingClientRect();
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	}
	return null;
}

const lookupOpen = () => document.querySelector<HTMLElement>('.word-lookup:popover-open')?.dataset.word ?? null;

test('the word lookup: a tap on 手工业 opens its entry; from the keyboard, the button, the arrow keys and Escape', async ({ reader, site }) => {
	await reader.open(`${site}${parallel}`);
	const point = await reader.evaluate(wordPoint, ['p1', '手工业']);
	expect(point).not.toBeNull();
	await reader.clickAt(point!.x, point!.y);
	await expectInPage(reader, lookupOpen).toBe('手工业');
	expect(await reader.evaluate(() => document.querySelector('.word-lookup .word-lookup-entry > .word-lookup-word')!.textContent!.replace(/\s+/g, ' '))).toBe('手工业 shǒugōngyè');
	expect(await reader.evaluate(() => [...document.querySelectorAll('.word-lookup .word-lookup-senses li')].map((li) => li.textContent))).toContain('handicraft');
	await shot(reader, 'lookup-1280-light');
	await reader.press('Escape');
	await expectInPage(reader, lookupOpen).toBe(null);

	// The keyboard alone: Tab to the toolbar's button, Enter, the arrows, Escape back to the button.
	await reader.open(`${site}${parallel}`);
	for (let i = 0; i < 40 && !(await reader.evaluate(() => document.activeElement?.classList.contains('word-lookup-start'))); i++) await reader.press('Tab');
	expect(await reader.evaluate(() => document.activeElement?.className)).toContain('word-lookup-start');
	await reader.press('Enter');
	await expectInPage(reader, lookupOpen).toBe('本报');
	expect(await reader.evaluate(() => document.activeElement?.classList.contains('word-lookup'))).toBe(true);
	await reader.press('ArrowRight');
	await expectInPage(reader, lookupOpen).toBe('讯');
	await reader.press('ArrowRight');
	await expectInPage(reader, lookupOpen).toBe('全国第四次手工业工作会议');
	await reader.press('ArrowLeft');
	await expectInPage(reader, lookupOpen).toBe('讯');
	await reader.press('Escape');
	await expectInPage(reader, lookupOpen).toBe(null);
	expect(await reader.evaluate(() => document.activeElement?.classList.contains('word-lookup-start'))).toBe(true);
});

/** The words a highlight draws (CSS Custom Highlight API), in order. */
const wordLinkMarks = () => [...(CSS.highlights.get('word-link') ?? [])].map((r) => String(r));
const rendering = () => document.querySelector('.word-lookup:popover-open .word-lookup-rendering')?.textContent ?? null;

test('word links: a mouse over English marks its Chinese from its first move, a looked-up word’s English is marked and named, the arrows move the marks, a tap on English opens its word, at 1280 and 390 px', async ({ reader, site }) => {
	for (const [width, height] of WIDE_AND_PHONE) {
		await reader.resize(width, height);
		await reader.open(`${site}${parallel}`);
		if (width > 400) {
			// Before any lookup: the mouse's first moves over the text load the words and mark the link.
			const meeting = await reader.evaluate(textPoint, ['p1', 'en', 'meeting']);
			await reader.moveTo(meeting!.x, meeting!.y);
			await expectInPage(reader, wordLinkMarks).toEqual(['会议', 'meeting']);
		} else {
			// Before any lookup: a tap on an English word opens the entry of the Chinese word it renders.
			const studied = await reader.evaluate(textPoint, ['p1', 'en', 'studied']);
			await reader.clickAt(studied!.x, studied!.y);
			await expectInPage(reader, lookupOpen).toBe('研究');
			await reader.press('Escape');
			await expectInPage(reader, lookupOpen).toBe(null);
		}
		const cooperatives = await reader.evaluate(textPoint, ['p1', 'zh-Hans', '手工业生产合作社']);
		await reader.clickAt(cooperatives!.x, cooperatives!.y);
		await expectInPage(reader, lookupOpen).toBe('手工业生产合作社');
		await expectInPage(reader, rendering).toBe('Rendered here as “handicraft production cooperatives”');
		await expectInPage(reader, wordLinkMarks).toEqual(['手工业生产合作社', 'handicraft production cooperatives']);
		await shot(reader, `word-links-${width}`);
		await reader.press('ArrowRight');
		await expectInPage(reader, lookupOpen).toBe('组织');
		await expectInPage(reader, wordLinkMarks).toEqual(['组织发展', 'organizational development']);
		await reader.press('Escape');
		await expectInPage(reader, lookupOpen).toBe(null);
		await expectInPage(reader, wordLinkMarks).toEqual([]);
		if (width > 400) {
			// A mouse over an English word marks its link (phones have no mouse).
			const meeting = await reader.evaluate(textPoint, ['p1', 'en', 'meeting']);
			await reader.moveTo(meeting!.x, meeting!.y);
			await expectInPage(reader, wordLinkMarks).toEqual(['会议', 'meeting']);
		}
		// A tap on an English word opens the entry of the Chinese word it renders.
		const studied = await reader.evaluate(textPoint, ['p1', 'en', 'studied']);
		await reader.clickAt(studied!.x, studied!.y);
		await expectInPage(reader, lookupOpen).toBe('研究');
		await expectInPage(reader, wordLinkMarks).toEqual(['研究', 'studied']);
		await reader.press('Escape');
	}
});

const visibleEnglish = () => [...document.querySelectorAll<HTMLElement>('[data-seg][lang="en"]')].filter((s) => s.checkVisibility()).map((s) => s.dataset.seg);

test('the layout choice: line by line on a wide screen, and tap for the English, at 1280 and 390 px', async ({ reader, site }) => {
	for (const [width, height] of WIDE_AND_PHONE) {
		await reader.resize(width, height);
		await reader.open(`${site}${parallel}`);
		// On a phone the layouts are in the Tools sheet, which is closed again to read.
		await openOptions(reader);
		await click(reader, '.layout-choice input[value="lines"]');
		await closeOptions(reader);
		expect(await reader.evaluate(lineByLine)).toEqual([]);
		await openOptions(reader);
		await click(reader, '.layout-choice input[value="reveal"]');
		await closeOptions(reader);
		await expectInPage(reader, visibleEnglish).toEqual([]);
		// A tap on a sentence's opening words shows its translation under it; a second tap hides it.
		const opening = await reader.evaluate(() => {
			const sentence = document.querySelector('[data-seg="p3-s2"][lang="zh-Hans"]')!;
			sentence.scrollIntoView({ block: 'center' });
			const box = sentence.getClientRects()[0]!;
			return { x: box.left + 8, y: box.top + 8 };
		});
		await reader.clickAt(opening.x, opening.y);
		await expectInPage(reader, visibleEnglish).toEqual(['p3-s2']);
		const order = await reader.evaluate(() =>
			['[data-seg="p3-s2"][lang="zh-Hans"]', '[data-seg="p3-s2"][lang="en"]', '[data-seg="p3-s3"][lang="zh-Hans"]'].map((s) => {
				const { top, bottom } = document.querySelector(s)!.getBoundingClientRect();
				return { top, bottom };
			}),
		);
		expect(order[1]!.top).toBeGreaterThanOrEqual(order[0]!.bottom - 1);
		expect(order[2]!.top).toBeGreaterThanOrEqual(order[1]!.bottom - 1);
		await shot(reader, `tap-for-english-${width}-light`);
		// A second tap, later: two within the double-click time select a word, which is no tap (reader.ts).
		await new Promise((resolve) => setTimeout(resolve, 600));
		await reader.clickAt(opening.x, opening.y);
		await expectInPage(reader, visibleEnglish).toEqual([]);
		// No word lookup opened by those taps.
		expect(await reader.evaluate(lookupOpen)).toBe(null);
	}
});

test('the corrected reading: a correction’s mark opens its entry, and Corrected puts the editors’ words in place, at 1280 and 390 px', async ({ reader, site }) => {
	for (const [width, height] of WIDE_AND_PHONE) {
		await reader.resize(width, height);
		await reader.open(`${site}${parallel}`);
		const marks = () => [...document.querySelectorAll('a[data-reading]')].map((a) => ({ id: a.getAttribute('href'), text: a.textContent }));
		const received = await reader.evaluate(marks);
		expect(received.length).toBeGreaterThan(0);
		// A tap on a mark (its first line: it may wrap) goes to its entry under the paragraph.
		const mark = await reader.evaluate(() => {
			const a = document.querySelector('a[href="#p4-c1"]')!;
			a.scrollIntoView({ block: 'center' });
			const box = a.getClientRects()[0]!;
			return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
		});
		await reader.clickAt(mark.x, mark.y);
		await expectInPage(reader, () => location.hash).toBe('#p4-c1');
		await openOptions(reader);
		await click(reader, '.reading-choice input[value="corrected"]');
		await closeOptions(reader);
		await expectInPage(reader, () => document.querySelector('a[href="#p4-c1"]')?.textContent).toBe('cooperatives of middling standard');
		const corrected = await reader.evaluate(marks);
		expect(corrected.map((m) => m.id)).toEqual(received.map((m) => m.id));
		expect(corrected.every((m, i) => m.text !== received[i]!.text)).toBe(true);
		// Marked in the corrected reading too: underlined, with its dagger.
		const drawn = await reader.evaluate(() => {
			const a = document.querySelector('a[href="#p4-c1"]')!;
			return { line: getComputedStyle(a).textDecorationLine, dagger: getComputedStyle(a, '::after').content };
		});
		expect(drawn).toEqual({ line: 'underline', dagger: '"†"' });
		await reader.evaluate(() => document.getElementById('p4')!.scrollIntoView());
		await shot(reader, `corrected-${width}`);
		// Remembered: the next page opens corrected; As received puts the received words back.
		await reader.open(`${site}${viewUrl(article.slug, 'en')}`);
		await expectInPage(reader, () => document.querySelector('a[href="#p4-c1"]')?.textContent).toBe('cooperatives of middling standard');
		await openOptions(reader);
		await click(reader, '.reading-choice input[value="received"]');
		await closeOptions(reader);
		await expectInPage(reader, marks).toEqual(received);
	}
});

test('a Cite panel opens with its citations, and a sentence’s Copy link copies its link', async ({ reader, site }) => {
	await reader.open(`${site}${parallel}#p2`);
	await click(reader, '#p2 details.cite > summary');
	await expectInPage(reader, () => document.querySelectorAll('#p2 .cite-panel dl:not(.segment-links) .copy-button').length).toBeGreaterThanOrEqual(4);
	expect(await reader.evaluate(() => document.querySelector('#p2 .cite-panel')!.checkVisibility())).toBe(true);
	const citations = await reader.evaluate(() => [...document.querySelectorAll('#p2 .cite-panel dl:not(.segment-links) .citation-text')].map((c) => c.textContent!));
	expect(citations.length).toBeGreaterThanOrEqual(4);
	// Each names the article (in-text citations and the translation's English title included); the full ones link ¶2.
	const titles = [article.zh.title, article.en.title.replaceAll("'", '’')];
	for (const citation of citations) expect(titles.some((title) => citation.includes(title))).toBe(true);
	// (The forms with an address: each version's Chicago note; the rest are in-text citations.)
	expect(citations.filter((c) => c.includes('#p2')).length).toBeGreaterThanOrEqual(2);
	await shot(reader, 'cite-1280-light');
	await click(reader, '#p2 .segment-links-fold > summary');
	await click(reader, '#p2 .segment-links dd:nth-of-type(2) .copy-button');
	await expectInPage(reader, () => document.querySelector('.copy-status')?.textContent).toContain('Copied: #p2-s2');
	const canonical = await reader.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href);
	expect(await reader.clipboard()).toBe(`${canonical}#p2-s2`);
});

/** Each kind of marked link or term in the text: its underline, as computed, and its colour. */
function underlines(): Record<string, string[]> {
	const kinds = {
		'glossary link': '.paragraph .text a[href*="glossary/#"]',
		'glossary term in a note’s phrase': '.paragraph .text .term',
		'note marker': '.paragraph .text .note-ref',
		'pinyin character of a glossary link': '.paragraph .text a[href*="glossary/#"] ruby > span',
		'pinyin character of a note’s phrase': '.paragraph .text .note-ref ruby > span',
	};
	return Object.fromEntries(
		Object.entries(kinds).map(([kind, selector]) => {
			const element = document.querySelector(selector);
			if (!element) return [kind, []];
			const style = getComputedStyle(element);
			return [kind, [style.textDecorationLine, style.textDecorationStyle, style.textDecorationColor === 'rgba(0, 0, 0, 0)' ? 'transparent' : 'coloured']];
		}),
	);
}

test('glossary links, glossary terms and note markers are drawn underlined, on the plain and the pinyin page', async ({ reader, site }) => {
	const dotted = ['underline', 'dotted', 'coloured'];
	await reader.open(`${site}${parallel}`);
	const plain = await reader.evaluate(underlines);
	expect(plain).toMatchObject({ 'glossary link': dotted, 'glossary term in a note’s phrase': dotted, 'note marker': dotted });
	await reader.open(`${site}${parallel}pinyin/`);
	const pinyin = await reader.evaluate(underlines);
	expect(pinyin).toMatchObject({ 'pinyin character of a glossary link': dotted, 'pinyin character of a note’s phrase': dotted });
	await reader.evaluate(() => document.querySelector('#p4')!.scrollIntoView());
	await shot(reader, 'pinyin-1280-light');
});

test('without JavaScript, in the dark scheme: the article reads fully, side by side and line by line, and arrival marks', async ({ quietReader: reader, site }) => {
	await reader.open(`${site}${parallel}#p3-s4`);
	const page = await reader.evaluate(() => ({
		dark: getComputedStyle(document.documentElement).backgroundColor,
		rows: document.querySelectorAll('.paragraph').length,
		// The reading script did not run: the third layout choice and the lookup button stay hidden.
		choices: [...document.querySelectorAll('.layout-choice label')].filter((l) => l.checkVisibility()).length,
		lookup: document.querySelector<HTMLElement>('.word-lookup-start')!.checkVisibility(),
	}));
	expect(page).toEqual({ dark: 'rgb(22, 21, 20)', rows: article.zh.paragraphs.length, choices: 2, lookup: false });
	expect(await reader.evaluate(sideBySide)).toEqual([]);
	expect(await reader.evaluate(inView, '#p3-s4')).toBe(true);
	expect(await reader.evaluate(marked, ['p3-s4', 'en'])).toBe(true);
	await shot(reader, 'nojs-parallel-1280-dark');
	// The layout choice is CSS: line by line without the script.
	await click(reader, '.layout-choice input[value="lines"]');
	expect(await reader.evaluate(lineByLine)).toEqual([]);
	await reader.resize(390, 844);
	await reader.open(`${site}${parallel}`);
	expect(await reader.evaluate(() => innerWidth)).toBe(390);
	expect(await reader.evaluate(lineByLine)).toEqual([]);
	await shot(reader, 'nojs-parallel-390-dark');
});

/** Selects the first occurrence of `words` in a paragraph's text in one language, as a reader's drag would. */
function selectWords([paragraph, lang, words]: [string, string, string]): void {
	const text = document.querySelector(`#${paragraph} .text[lang="${lang}"]`)!;
	const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
	while (walker.nextNode()) {
		const node = walker.currentNode as Text;
		const at = node.data.indexOf(words);
		if (at < 0) continue;
		node.parentElement!.scrollIntoView({ block: 'center' });
		const range = document.createRange();
		range.setStart(node, at);
		range.setEnd(node, at + words.length);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
		return;
	}
	throw new Error(`${words} not found`);
}

test('selected words: Copy link copies a link to them, Cite a citation quoting them, and the link lands on them', async ({ reader, site }) => {
	const words = '手工业生产有了改进和发展';
	await reader.open(`${site}${parallel}`);
	await reader.evaluate(selectWords, ['p3', 'zh-Hans', words] as [string, string, string]);
	await expectInPage(reader, () => document.querySelector<HTMLElement>('.quote-tools')?.dataset.link ?? null).toMatch(/#p3-s4:~:text=/);
	const link = await reader.evaluate(() => document.querySelector<HTMLElement>('.quote-tools')!.dataset.link!);
	await shot(reader, 'quote-tools-1280-light');
	await click(reader, '.quote-tools .copy-button');
	expect(await reader.clipboard()).toBe(link);
	// Cite: the paragraph's citations, each quoting the words and linking them; the first one copied.
	await reader.evaluate(selectWords, ['p3', 'zh-Hans', words] as [string, string, string]);
	await expectInPage(reader, () => Boolean(document.querySelector('.quote-tools .quote-cite-button'))).toBe(true);
	await click(reader, '.quote-tools .quote-cite-button');
	await expectInPage(reader, () => document.querySelectorAll('.quote-cite .citation-text').length).toBeGreaterThanOrEqual(4);
	const quoted = await reader.evaluate(() => [...document.querySelectorAll('.quote-cite .citation-text')].map((c) => c.textContent!));
	for (const citation of quoted) expect(citation.startsWith(`“${words}” `)).toBe(true);
	expect(quoted.filter((c) => c.includes(link)).length).toBeGreaterThanOrEqual(2);
	await click(reader, '.quote-cite .copy-button');
	expect(await reader.clipboard()).toBe(quoted[0]);
	// Opened (on this server): the engine finds the words, or where it lacks text fragments the reading
	// script marks them; either way they are in view and the address keeps only the sentence's anchor.
	const canonical = await reader.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href);
	// From another page, so that the link is a fresh load (on the same page it is only a change of hash).
	await reader.open(site);
	await reader.open(link.replace(canonical, `${site}${parallel}`));
	expect(await reader.evaluate(() => document.querySelector('.quote-cite'))).toBe(null);
	await expectInPage(
		reader,
		(words) => {
			const text = document.querySelector('#p3 .text[lang="zh-Hans"]')!;
			const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
			const nodes: Text[] = [];
			while (walker.nextNode()) nodes.push(walker.currentNode as Text);
			const joined = nodes.map((n) => n.data).join('');
			let at = joined.indexOf(words);
			const node = nodes.find((n) => (at < n.data.length ? true : ((at -= n.data.length), false)))!;
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, Math.min(node.data.length, at + 1));
			const box = range.getBoundingClientRect();
			return box.top >= 0 && box.bottom <= innerHeight;
		},
		words,
	).toBe(true);
	await expectInPage(reader, () => location.hash).toBe('#p3-s4');
	await shot(reader, 'quote-arrival-1280-light');
});

// Chromium's offline reading is tested in full by tests/e2e/offline.spec.ts; here, the other two engines.
test.describe('offline', () => {
	test.skip(({ engine }) => engine === 'chromium', 'Chromium: tests/e2e/offline.spec.ts');
	test('offline after one visit: the service worker keeps the edition, and with the server stopped another view reads', async ({ reader }) => {
		// A server of its own (its own origin, so its worker is this test's alone), stopped as a network fails.
		const served = await serveStatic(new URL('../../dist', import.meta.url).pathname, 0, '/');
		try {
			await reader.open(`${served.url}${parallel}`);
			await expectInPage(reader, async () => (await navigator.serviceWorker?.getRegistration())?.active?.state === 'activated' && Boolean(navigator.serviceWorker.controller), undefined, 'the service worker has kept the edition and controls the page').toBe(true);
		} finally {
			served.server.closeAllConnections();
			await served.close();
		}
		await reader.open(`${served.url}${viewUrl(article.slug, 'en')}`);
		expect(await reader.evaluate(() => [document.querySelector('h1')?.textContent?.trim(), document.querySelectorAll('.paragraph').length])).toEqual([article.en.title, article.en.paragraphs.length]);
		await reader.open(`${served.url}nowhere/`);
		expect(await reader.evaluate(() => document.querySelector('h1')?.textContent)).toContain('Not kept for reading offline');
	});

	test('a new release that takes over reloads the page open, from its worker (WindowClient.navigate)', async ({ reader }) => {
		// The next release: the same files under another release's name (its worker then keeps them in a cache of its own, copied from the old one).
		const next = mkdtempSync(join(tmpdir(), 'edition-next-'));
		cpSync(new URL('../../dist', import.meta.url).pathname, next, { recursive: true });
		const worker = readFileSync(join(next, 'sw.js'), 'utf8');
		writeFileSync(join(next, 'sw.js'), worker.replace(/^(const RELEASE = \{"name":")[0-9a-f]+"/m, '$1000000000000"'));
		const first = await serveStatic(new URL('../../dist', import.meta.url).pathname, 0, '/');
		let second: Awaited<ReturnType<typeof serveStatic>> | undefined;
		try {
			await reader.open(`${first.url}${parallel}`);
			await expectInPage(reader, async () => (await navigator.serviceWorker?.getRegistration())?.active?.state === 'activated' && Boolean(navigator.serviceWorker.controller), undefined, 'the first release controls the page').toBe(true);
			await reader.evaluate(() => void Object.assign(window, { oldPage: true }));
			first.server.closeAllConnections();
			await first.close();
			second = await serveStatic(next, Number(new URL(first.url).port), '/');
			await reader.evaluate(() => void navigator.serviceWorker.getRegistration().then((registration) => registration?.update())).catch(() => undefined);
			await expectInPage(reader, async () => !('oldPage' in window) && (await caches.keys()).some((name) => name.endsWith(' 000000000000')), undefined, 'the page reloaded into the new release').toBe(true);
		} finally {
			second?.server.closeAllConnections();
			await second?.close();
			rmSync(next, { recursive: true, force: true });
		}
	});
});
