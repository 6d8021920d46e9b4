import { expect, test } from 'vitest';
import { inlineXml, type InlineRange } from '../../src/lib/downloads/tei-inline.ts';

// Inline TEI from ranges: nesting, escaping, and a range that crosses its container split in two.
const range = (start: number, end: number, name: string, rank: number, id?: string): InlineRange => ({
	start,
	end,
	rank,
	open: (first) => `<${name}${first && id ? ` xml:id="${id}"` : ''}>`,
	close: `</${name}>`,
});

test('ranges nest, outer first where two cover the same text, and the text is escaped', () => {
	const text = '甲<乙>。丙&丁。';
	expect(inlineXml(text, [range(0, 5, 's', 0), range(5, 9, 's', 0), range(1, 5, 'seg', 1), range(1, 5, 'term', 2), range(6, 8, 'persName', 2)])).toBe(
		'<s>甲<seg><term>&lt;乙&gt;。</term></seg></s><s>丙<persName>&amp;丁</persName>。</s>',
	);
});

test('a range crossing the end of the sentence it starts in is split there, its id on the first part only', () => {
	const text = 'One two. Three.';
	expect(inlineXml(text, [range(0, 9, 's', 0), range(9, 15, 's', 0), range(4, 14, 'seg', 1, 'n1')])).toBe('<s>One <seg xml:id="n1">two. </seg></s><s><seg>Three</seg>.</s>');
});

test('the text outside every range stays, and no range gives back the text escaped', () => {
	expect(inlineXml('a & b', [])).toBe('a &amp; b');
	expect(inlineXml('abc', [range(1, 2, 'x', 0)])).toBe('a<x>b</x>c');
});
