// The text of the reading pages as offsets: where a link's (or a word's) Chinese and English words are in a paragraph row, which character and which link is under a point, and the word links' marks (CSS Custom Highlight API).
import { caretAt, textNodes } from './text-nodes.ts';
import type { ArticleWords } from '../lib/words/article-words.ts';

/** A link as words.json gives it: its Chinese and English pieces as `[start, end, …]` offsets, and its English words. */
export type WordLink = ArticleWords['links'][string][number];

/**
 * A paragraph's text in one language as offsets of its received text: each text node, or, where the
 * page shows the editors' reading, each correction's mark whole (it stands for the received words,
 * which scripts/reading-choice.ts keeps on it).
 */
type Unit = { start: number; size: number; node: Text } | { start: number; size: number; mark: Element };

/** The units of a paragraph row's text in `lang` (`zh-Hans`, `en`), or none where the view leaves that language out. */
export function units(row: Element, lang: string): Unit[] {
	const text = row.querySelector(`.text[lang="${lang}"]`);
	if (!text) return [];
	const corrected = document.documentElement.hasAttribute('data-corrected');
	const found: Unit[] = [];
	let at = 0;
	for (const { node } of textNodes(text).nodes) {
		const mark = corrected ? node.parentElement!.closest('a[data-reading]') : null;
		const last = found.at(-1);
		if (mark && last && 'mark' in last && last.mark === mark) continue;
		const size = mark ? (mark as HTMLElement).dataset.received!.length : node.data.length;
		found.push(mark ? { start: at, size, mark } : { start: at, size, node });
		at += size;
	}
	return found;
}

/** The page's text from `start` to `end` (received offsets); a boundary inside a shown correction takes its mark whole. */
export function rangeIn(found: Unit[], start: number, end: number): Range | undefined {
	const first = found.find((u) => u.start + u.size > start);
	const last = found.findLast((u) => u.start < end);
	if (!first || !last) return undefined;
	const range = document.createRange();
	if ('node' in first) range.setStart(first.node, start - first.start);
	else range.setStartBefore(first.mark);
	if ('node' in last) range.setEnd(last.node, end - last.start);
	else range.setEndAfter(last.mark);
	return range;
}

/**
 * The received offset of the character under a point in a row's text (its units), if the point is on
 * one; a point on the pinyin above a character (the pinyin pages' ruby) means that character.
 */
export function offsetAt(found: Unit[], x: number, y: number): number | undefined {
	let { node, offset } = caretAt(x, y);
	const base = node?.parentElement?.closest('rt')?.previousElementSibling?.firstChild;
	if (base) [node, offset] = [base, 0];
	const unit = found.find((u) => ('node' in u ? u.node === node : node && u.mark.contains(node)));
	if (!unit) return undefined;
	if ('mark' in unit || base) return unit.start;
	// The caret falls between characters: the one under the point is after it or before it.
	for (const at of [offset, offset - 1]) {
		if (at < 0 || at >= unit.size) continue;
		const char = rangeIn(found, unit.start + at, unit.start + at + 1)!;
		if ([...char.getClientRects()].some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1)) return unit.start + at;
	}
	return undefined;
}

/** Pieces `[start, end, …]` as pairs. */
function pieces(flat: number[]): [number, number][] {
	const pairs: [number, number][] = [];
	for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
	return pairs;
}

/** The links of `links` with a piece in `lang` (0 Chinese, 1 English) that overlaps `start`–`end`. */
export function linksAt(links: WordLink[], side: 0 | 1, start: number, end = start + 1): WordLink[] {
	return links.filter((link) => pieces(link[side]).some(([s, e]) => s < end && start < e));
}

/** The links' English words as the page shows them (the editors' reading where it is shown), or as words.json gives them. */
export function renderings(row: Element, links: WordLink[]): string[] {
	const english = units(row, 'en');
	return links.map((link) => (english.length ? pieces(link[1]).map(([s, e]) => rangeIn(english, s, e)?.toString() ?? '') : [link[2]]).join(' … '));
}

/** Marks the links' words in both languages of the row (or clears the marks, with no links). */
export function markLinks(row: Element | undefined, links: WordLink[]): void {
	if (typeof Highlight !== 'function' || !CSS.highlights) return;
	const ranges = row
		? (['zh-Hans', 'en'] as const).flatMap((lang, side) => {
				const found = units(row, lang);
				return links.flatMap((link) => pieces(link[side as 0 | 1]).flatMap(([s, e]) => rangeIn(found, s, e) ?? []));
			})
		: [];
	if (ranges.length) CSS.highlights.set('word-link', new Highlight(...ranges));
	else CSS.highlights.delete('word-link');
}
