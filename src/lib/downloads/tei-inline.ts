// Inline TEI markup from ranges of a text: elements that nest (sentences, noted phrases, names),
// the text between them escaped, and a range that crosses its container's end split in two.
import { escapeText as xml } from '../html.ts';

/** An element over text[start, end): its start tag (the first part's, or a later part's) and end tag. */
export interface InlineRange {
	start: number;
	end: number;
	/** Outer before inner where two ranges are the same: sentences 0, noted phrases 1, names 2. */
	rank: number;
	open: (first: boolean) => string;
	close: string;
}

/**
 * The text as XML with each range's element around its part of the text. Ranges nest as ranges do
 * (a longer one outside a shorter one from the same place); a range that runs past the end of the
 * one it starts in is closed there and opened again after it (`open(false)`: no second xml:id).
 */
export function inlineXml(text: string, ranges: InlineRange[]): string {
	const order = (a: Part, b: Part) => a.start - b.start || b.end - a.end || a.range.rank - b.range.rank;
	type Part = { start: number; end: number; first: boolean; range: InlineRange };
	const queue: Part[] = ranges.filter((r) => r.end > r.start).map((range) => ({ start: range.start, end: range.end, first: true, range }));
	queue.sort(order);
	const stack: Part[] = [];
	let out = '';
	let at = 0;
	const closeUpTo = (position: number) => {
		while (stack.length && stack.at(-1)!.end <= position) {
			const part = stack.pop()!;
			out += xml(text.slice(at, part.end)) + part.range.close;
			at = part.end;
		}
	};
	while (queue.length) {
		const part = queue.shift()!;
		closeUpTo(part.start);
		const container = stack.at(-1);
		if (container && part.end > container.end) {
			// Crosses its container's end: this part ends there, the rest starts after it.
			queue.push({ start: container.end, end: part.end, first: false, range: part.range });
			queue.sort(order);
			part.end = container.end;
		}
		out += xml(text.slice(at, part.start)) + part.range.open(part.first);
		at = part.start;
		stack.push(part);
	}
	closeUpTo(Infinity);
	return out + xml(text.slice(at));
}
