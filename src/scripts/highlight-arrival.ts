// Arriving from a search result (`?highlight=…&highlight=…#pN-sM`): marks the searched words in the
// paragraph's texts, by the rule the results list uses (lib/search/highlight.ts), across element
// boundaries (a glossary link, a note's phrase, the pinyin pages' ruby), never in the pinyin itself.
import { findMatches } from '../lib/search/highlight.ts';
import { textNodes } from './text-nodes.ts';

export function markArrival(): void {
	const words = new URLSearchParams(location.search).getAll('highlight').filter(Boolean);
	// A result lands on a segment (#pN-sM) or, for a pinyin hit, on the paragraph (#pN).
	const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	const row = target?.closest<HTMLElement>('.paragraph');
	if (!words.length || !row) return;
	// Only the article text of the row: never its number, the header or the navigation.
	for (const text of row.querySelectorAll<HTMLElement>('.text')) markAcross(text, words);
	row.dataset.highlighted = String(row.querySelectorAll('mark').length);
}

/** Wraps each occurrence of the words in `<mark>`, one per text node it spans; text already marked is skipped. */
function markAcross(root: HTMLElement, words: string[]): void {
	markRanges(root, (text) => findMatches(text, words));
}

/**
 * Wraps the [start, end) ranges that `find` gives of an element's reader text (pinyin and marks left
 * out) in `<mark>`, one per text node a range spans. Returns the marks made.
 */
export function markRanges(root: HTMLElement, find: (text: string) => [number, number][]): HTMLElement[] {
	const { nodes, text } = textNodes(root, 'rt, mark');
	const pieces: { node: Text; start: number; end: number }[] = [];
	const marks: HTMLElement[] = [];
	for (const [start, end] of find(text)) {
		for (const { node, start: at } of nodes) {
			const from = Math.max(start, at);
			const to = Math.min(end, at + node.data.length);
			if (from < to) pieces.push({ node, start: from - at, end: to - at });
		}
	}
	// Last first, so the offsets of the pieces before stay true as nodes are split.
	for (const { node, start, end } of pieces.reverse()) {
		const range = document.createRange();
		range.setStart(node, start);
		range.setEnd(node, end);
		const mark = document.createElement('mark');
		range.surroundContents(mark);
		marks.unshift(mark);
	}
	return marks;
}
