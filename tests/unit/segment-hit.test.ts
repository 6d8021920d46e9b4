import { expect, test } from 'vitest';
import { markedWords, segmentsUrl } from '../../src/lib/search/segment-hit.ts';

test('markedWords reads the marks of an excerpt as text, without the punctuation around a word', () => {
	expect(markedWords('a <mark>R&amp;D</mark> b <mark>&lt;x&gt;</mark>')).toEqual(['R&D', '<x>']);
	expect(markedWords('<mark>cooperativization.</mark> <mark>“手工业</mark>')).toEqual(['cooperativization', '手工业']);
	expect(markedWords(undefined)).toEqual([]);
});

test('segmentsUrl is the article folder’s segments.json, with the base kept', () => {
	expect(segmentsUrl('/edition/articles/a/?pinyin#p3')).toBe('/edition/articles/a/segments.json');
	expect(segmentsUrl('/articles/a/#p3')).toBe('/articles/a/segments.json');
});
