// The word lookup: a tap on a Chinese word, or the toolbar's button and then the arrow keys, opens the
// word's entry (pinyin in context, how this sentence's translation renders it, CC-CEDICT senses,
// glossary entry) in a popover, and marks the word and the English words linked to it; a tap on a
// linked English word opens its Chinese word's entry. From a mouse's first move over the text on, a
// mouse over a word in either language marks its link. Loaded on first use with the article's words.json (see lib/words/); the
// page's text is never changed, the words are drawn with the CSS Custom Highlight API.
import type { ArticleWords, WordEntry } from '../lib/words/article-words.ts';
import { ui, type UiLanguage } from '../lib/ui.ts';
import { textNodes } from './text-nodes.ts';
import { linksAt, markLinks, offsetAt, rangeIn, renderings, units, type WordLink } from './word-links.ts';
import lookupCss from '../styles/word-lookup.css?url';

/** One paragraph's Chinese as the page holds it: its row and its words. */
interface PageParagraph {
	row: HTMLElement;
	/** Its word links (reviewed), from words.json. */
	links: WordLink[];
	/** Each word: its index in words.json and its offsets in the text. */
	words: { index: number; start: number; end: number }[];
}

const lang = document.documentElement.lang as UiLanguage;
const t = ui(lang === 'zh-Hans' ? 'zh-Hans' : 'en');
let data: Promise<ArticleWords> | undefined;
let paragraphs: PageParagraph[] = [];
let popover: HTMLElement | undefined;
let current: { paragraph: number; word: number } | undefined;
let opener: HTMLElement | null = null;
/** The text of the word shown, which the popover follows as the page scrolls. */
let shownRange: Range | undefined;
/** The link the mouse is over, if any (its mark stands until the mouse leaves it). */
let hovered: WordLink | undefined;

/**
 * The article's words, fetched once with the popover's stylesheet (again at the next use, if that
 * failed); the page's paragraphs read and the mouse followed from then on.
 */
async function ready(button: HTMLButtonElement): Promise<ArticleWords> {
	if (!data) {
		data = Promise.all([
			fetch(button.dataset.words!).then((response) => {
				if (!response.ok) throw new Error(`${response.url}: ${response.status}`);
				return response.json() as Promise<ArticleWords>;
			}),
			stylesheet(lookupCss),
		]).then(([words]) => words);
		data.catch(() => (data = undefined));
	}
	const words = await data;
	if (!paragraphs.length) {
		paragraphs = pageParagraphs(words);
		document.addEventListener('pointermove', (event) => event.pointerType === 'mouse' && hover(event));
	}
	return words;
}

/**
 * Opens the lookup: at the tapped Chinese word, at the Chinese word a tapped English word renders (if
 * it is linked), or (from the button) at the first word of the text in view.
 */
export async function lookUp(event: MouseEvent, button: HTMLButtonElement): Promise<void> {
	const words = await ready(button);
	const fromButton = button.contains(event.target as Node);
	const point = fromButton ? undefined : pointOf(event);
	const at = fromButton ? firstInView() : point?.side ? renderedAt(point) : point && wordAt(point);
	if (!at) return;
	opener = fromButton ? button : null;
	show(at, words, button);
}

/** The mouse's first move over the text: the words load, and its link is marked (see hover); if they cannot, nothing is (the reader asked for nothing). */
export async function follow(event: PointerEvent, button: HTMLButtonElement): Promise<void> {
	await ready(button).then(
		() => hover(event),
		() => undefined,
	);
}

/** Links the popover's stylesheet (src/styles/word-lookup.css, hashed under /_astro/), resolved once it has loaded. */
function stylesheet(href: string): Promise<void> {
	const link = element('link', undefined, { rel: 'stylesheet', href });
	const loaded = new Promise<void>((resolve, reject) => {
		link.onload = () => resolve();
		link.onerror = () => reject(new Error(`${href} did not load`));
	});
	document.head.append(link);
	return loaded;
}

/** The page's paragraphs whose Chinese holds exactly the text words.json divides (any other is left out). */
function pageParagraphs(words: ArticleWords): PageParagraph[] {
	const found: PageParagraph[] = [];
	for (const row of document.querySelectorAll<HTMLElement>('.paragraph')) {
		const text = row.querySelector<HTMLElement>('.text[lang="zh-Hans"]');
		const sequence = words.paragraphs[row.id];
		if (!text || !sequence) continue;
		const joined = textNodes(text).text;
		const paragraphWords: PageParagraph['words'] = [];
		let at = 0;
		for (const item of sequence) {
			const size = item < 0 ? -item : words.words[item]!.w.length;
			if (item >= 0) paragraphWords.push({ index: item, start: at, end: at + size });
			at += size;
		}
		if (at === joined.length) found.push({ row, links: words.links[row.id] ?? [], words: paragraphWords });
	}
	return found;
}

/** A paragraph's Chinese from `start` to `end`. */
function rangeOf(paragraph: PageParagraph, start: number, end: number): Range {
	return rangeIn(units(paragraph.row, 'zh-Hans'), start, end)!;
}

/** The word under a point, if the point is on a word of the Chinese text (or on its pinyin). */
function wordAt(point: TextPoint): { paragraph: number; word: number } | undefined {
	const word = paragraphs[point.paragraph]!.words.findIndex((w) => w.start <= point.at && point.at < w.end);
	return word < 0 ? undefined : { paragraph: point.paragraph, word };
}

/** Where a pointer or a tap is in the text: its paragraph, its language (0 Chinese, 1 English) and the received offset of the character under it. */
interface TextPoint {
	paragraph: number;
	side: 0 | 1;
	at: number;
}
function pointOf(event: MouseEvent): TextPoint | undefined {
	const text = (event.target as Element).closest?.<HTMLElement>('.paragraph .text');
	const p = paragraphs.findIndex(({ row }) => row.contains(text ?? null));
	if (!text || p < 0) return undefined;
	const at = offsetAt(units(paragraphs[p]!.row, text.lang), event.clientX, event.clientY);
	return at === undefined ? undefined : { paragraph: p, side: text.lang === 'en' ? 1 : 0, at };
}

/** The first word of the first paragraph in view, or of the first paragraph. */
function firstInView(): { paragraph: number; word: number } | undefined {
	const p = paragraphs.findIndex(({ row }) => {
		const box = row.getBoundingClientRect();
		return box.bottom > 0 && box.top < innerHeight;
	});
	return paragraphs.length ? { paragraph: Math.max(p, 0), word: 0 } : undefined;
}

/** The next or previous word, across paragraphs. */
function step(from: { paragraph: number; word: number }, by: 1 | -1): { paragraph: number; word: number } {
	let { paragraph, word } = from;
	word += by;
	while (paragraph >= 0 && paragraph < paragraphs.length && (word < 0 || word >= paragraphs[paragraph]!.words.length)) {
		paragraph += by;
		word = by > 0 ? 0 : (paragraphs[paragraph]?.words.length ?? 0) - 1;
	}
	return paragraph < 0 || paragraph >= paragraphs.length ? from : { paragraph, word };
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
	const el = document.createElement(tag);
	if (text !== undefined) el.textContent = text;
	for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
	return el;
}

/** The word and its pinyin, as a heading line. */
function headword(entry: WordEntry): HTMLElement {
	const line = element('p', undefined, { class: 'word-lookup-word' });
	line.append(element('span', entry.w, { lang: 'zh-Hans' }), ' ', element('span', entry.p, { lang: 'zh-Latn-pinyin' }));
	return line;
}

/** A list of senses, in English. */
function senses(list: string[]): HTMLElement {
	const ol = element('ol', undefined, { lang: 'en', class: 'word-lookup-senses' });
	for (const sense of list) ol.append(element('li', sense));
	return ol;
}

/** The count of the senses left out, if any. */
function more(count: number | undefined): HTMLElement[] {
	return count ? [element('p', t.moreSenses(count), { class: 'word-lookup-more' })] : [];
}

/** A word's dictionary senses: in context, or its other readings, or its parts, or none. */
function dictionary(entry: WordEntry, words: ArticleWords): HTMLElement[] {
	if (entry.s) return [senses(entry.s), ...more(entry.more)];
	if (entry.r) {
		const list = element('dl', undefined, { class: 'word-lookup-readings' });
		for (const [pinyin, readingSenses] of entry.r) {
			const dd = element('dd');
			dd.append(senses(readingSenses));
			list.append(element('dt', pinyin, { lang: 'zh-Latn-pinyin' }), dd);
		}
		return [element('p', t.otherReadings), list, ...more(entry.more)];
	}
	if (entry.x) {
		const parts = element('ul', undefined, { class: 'word-lookup-parts' });
		for (const index of entry.x) {
			const part = words.words[index]!;
			const item = element('li');
			item.append(headword(part), ...(part.s || part.r ? dictionary(part, words) : [element('p', t.noEntry)]));
			parts.append(item);
		}
		return [element('p', t.madeOf), parts];
	}
	return entry.g ? [] : [element('p', t.noEntry)];
}

/** The entry of a word, as the popover shows it: the word, its glossary entry, its dictionary senses. */
function entryContent(entry: WordEntry, words: ArticleWords, button: HTMLButtonElement): HTMLElement[] {
	const content = [headword(entry)];
	const glossary = entry.g ? words.glossary[entry.g] : undefined;
	if (glossary) {
		const line = element('p', undefined, { class: 'word-lookup-glossary' });
		const link = element('a', undefined, { href: `${button.dataset.base}glossary/#${entry.g}` });
		link.append(element('span', glossary.en, { lang: 'en' }));
		line.append(`${t.inGlossary} `, link, ' ', element('span', glossary.description, { lang: 'en' }));
		content.push(line);
	}
	return [...content, ...dictionary(entry, words)];
}

function popoverElement(words: ArticleWords, button: HTMLButtonElement): HTMLElement {
	const el = element('div', undefined, { class: 'word-lookup', popover: 'auto', role: 'dialog', 'aria-label': t.dictionary, tabindex: '-1' });
	const entry = element('div', undefined, { class: 'word-lookup-entry', 'aria-live': 'polite' });
	const foot = element('p', undefined, { class: 'word-lookup-foot' });
	const source = element('a', t.dictionarySource(words.dictionary.date), { href: `${button.dataset.base}about/#dictionary` });
	foot.append(element('span', t.lookupKeys), ' ', source);
	el.append(entry, foot);
	el.addEventListener('keydown', (event) => {
		const by = ({ ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 } as const)[event.key as 'ArrowRight'];
		if (!by || !current) return;
		event.preventDefault();
		show(step(current, by), words, button);
	});
	el.addEventListener('toggle', (event) => {
		if ((event as ToggleEvent).newState !== 'closed') return;
		CSS.highlights?.delete('word-lookup');
		markLinks(undefined, []);
		current = hovered = undefined;
		removeEventListener('scroll', reposition);
		removeEventListener('resize', reposition);
		// Back to the button, or where a phone keeps it in the closed Tools sheet, to the Tools button.
		(opener?.checkVisibility?.() === false ? document.querySelector<HTMLElement>('.tools-button') : opener)?.focus();
		opener = null;
	});
	document.body.append(el);
	return el;
}

/**
 * Puts the popover under the word, or above it when it fits only there, inside the viewport: where it
 * fits on neither side, on the side with more room, as tall as that room (it scrolls).
 */
function reposition(): void {
	if (!popover || !shownRange) return;
	const word = shownRange.getClientRects()[0] ?? shownRange.getBoundingClientRect();
	popover.style.maxHeight = '';
	const box = popover.getBoundingClientRect();
	const width = document.documentElement.clientWidth;
	const [margin, gap] = [8, 6];
	const below = innerHeight - margin - (word.bottom + gap);
	const above = word.top - gap - margin;
	const under = box.height <= below || (box.height > above && below >= above);
	const room = under ? below : above;
	if (box.height > room) popover.style.maxHeight = `${Math.max(room, 0)}px`;
	const height = Math.min(box.height, room);
	popover.style.left = `${Math.max(margin, Math.min(word.left, width - box.width - margin))}px`;
	popover.style.top = `${Math.max(margin, under ? word.bottom + gap : word.top - gap - height)}px`;
}

function show(at: { paragraph: number; word: number }, words: ArticleWords, button: HTMLButtonElement): void {
	const paragraph = paragraphs[at.paragraph]!;
	const { index, start, end } = paragraph.words[at.word]!;
	const range = rangeOf(paragraph, start, end);
	current = at;
	shownRange = range;
	popover ??= popoverElement(words, button);
	// Above the link's mark, which takes the word too.
	if (typeof Highlight === 'function' && CSS.highlights) CSS.highlights.set('word-lookup', Object.assign(new Highlight(range), { priority: 1 }));
	range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
	if (!popover.matches(':popover-open')) {
		popover.showPopover();
		addEventListener('scroll', reposition, { passive: true });
		addEventListener('resize', reposition, { passive: true });
	}
	popover.focus({ preventScroll: true });
	const links = linksOfWord(paragraph, at.word);
	const [head, ...rest] = entryContent(words.words[index]!, words, button);
	popover.querySelector('.word-lookup-entry')!.replaceChildren(head!, ...rendering(paragraph.row, links), ...rest);
	markLinks(paragraph.row, links);
	popover.dataset.word = words.words[index]!.w;
	reposition();
}

/** The links that take a word of a paragraph (any of its characters). */
function linksOfWord(paragraph: PageParagraph, word: number): WordLink[] {
	const { start, end } = paragraph.words[word]!;
	return linksAt(paragraph.links, 0, start, end);
}

/** How this sentence's translation renders the word: the English words of its links, if it has any. */
function rendering(row: HTMLElement, links: WordLink[]): HTMLElement[] {
	if (!links.length) return [];
	const line = element('p', t.renderedHere, { class: 'word-lookup-rendering' });
	line.append(element('span', `“${renderings(row, links).join('”; “')}”`, { lang: 'en' }));
	return [line];
}

/** The links that take the character at a point, in either language. */
function linksUnder(point: TextPoint): WordLink[] {
	return linksAt(paragraphs[point.paragraph]!.links, point.side, point.at);
}

/** The Chinese word whose link takes a tapped English word (its first character's word), if any. */
function renderedAt(point: TextPoint): { paragraph: number; word: number } | undefined {
	const first = linksUnder(point)[0]?.[0][0];
	if (first === undefined) return undefined;
	const word = paragraphs[point.paragraph]!.words.findIndex((w) => w.end > first);
	return word < 0 ? undefined : { paragraph: point.paragraph, word };
}

// A mouse over a word in either language marks its link (the shown word's again once it leaves),
// once a frame, at the mouse's latest place.
let frame = 0;
let latest: PointerEvent;
function hover(event: PointerEvent): void {
	latest = event;
	frame ||= requestAnimationFrame(() => {
		frame = 0;
		const point = pointOf(latest);
		const found = point && linksUnder(point);
		const links = found?.length ? found : undefined;
		if (links?.[0] === hovered) return;
		hovered = links?.[0];
		const shown = current && paragraphs[current.paragraph]!;
		if (links) markLinks(paragraphs[point!.paragraph]!.row, links);
		else if (shown) markLinks(shown.row, linksOfWord(shown, current!.word));
		else markLinks(undefined, []);
	});
}
