import { describe, expect, test } from 'vitest';
import { markedWords, segmentHit, segmentsUrl, type HitSegment } from '../../src/lib/search/segment-hit.ts';
import type { ParagraphHit } from '../../src/lib/search/results.ts';

// Where a search hit lands: the first sentence pair of its paragraph holding what the index marked.
const segments: HitSegment[] = [
	{ id: 'p1-s1', paragraph: 1, zh: '会议开幕。', en: 'The meeting opened. ' },
	{ id: 'p2-s1', paragraph: 2, zh: '手工业生产合作社发展了。', en: 'Handicraft production cooperatives grew. ' },
	{ id: 'p2-s2', paragraph: 2, zh: '劳动生产率提高了。', en: 'Productivity rose in 1954.' },
];
const hit = (fields: Partial<ParagraphHit>): ParagraphHit => ({ key: 'a#p2', article: 'a', n: 2, url: '/articles/a/#p2', title: { zh: '', en: '' }, ...fields });

describe('segmentHit', () => {
	test('a Chinese hit lands on the first sentence of its paragraph holding the marked word, Chinese first', () => {
		const landed = segmentHit(hit({ zh: '…<mark>生产</mark>率提高…' }), segments, ['生产']);
		expect(landed?.segment.id).toBe('p2-s1');
		expect(landed?.first).toBe('zh');
		// Never a sentence of another paragraph, even one that holds the word earlier.
		expect(segmentHit(hit({ zh: '<mark>会议</mark>' }), segments, ['会议'])).toBeUndefined();
	});

	test('an English hit (a stem, marked as the text has it) lands on the sentence holding that word form, English first', () => {
		const landed = segmentHit(hit({ en: 'and <mark>Productivity</mark> rose' }), segments, ['productive']);
		expect(landed?.segment.id).toBe('p2-s2');
		expect(landed?.first).toBe('en');
		expect(landed?.words).toEqual(['Productivity', 'productive']);
	});

	test('English words match from the start of a word only', () => {
		// "rose" is not found inside "prose", nor "operatives" inside "cooperatives".
		expect(segmentHit(hit({ en: '<mark>operatives</mark>' }), segments, [])).toBeUndefined();
		expect(segmentHit(hit({ en: '<mark>rose</mark>' }), segments, [])?.segment.id).toBe('p2-s2');
	});

	test('a hit on the pinyin alone has nothing to find in the text and lands on the paragraph', () => {
		expect(segmentHit(hit({ pinyinOf: '手工业生产合作社' }), segments, ['shougongye'])).toBeUndefined();
	});
});

test('markedWords reads the marks of an excerpt as text, without the punctuation around a word', () => {
	expect(markedWords('a <mark>R&amp;D</mark> b <mark>&lt;x&gt;</mark>')).toEqual(['R&D', '<x>']);
	expect(markedWords('<mark>cooperativization.</mark> <mark>“手工业</mark>')).toEqual(['cooperativization', '手工业']);
	expect(markedWords(undefined)).toEqual([]);
});

test('segmentsUrl is the article folder’s segments.json, with the base kept', () => {
	expect(segmentsUrl('/edition/articles/a/?pinyin#p3')).toBe('/edition/articles/a/segments.json');
	expect(segmentsUrl('/articles/a/#p3')).toBe('/articles/a/segments.json');
});
