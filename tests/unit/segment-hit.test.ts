import { expect, test } from 'vitest';
import { segmentsUrl } from '../../src/lib/search/segment-hit.ts';

test('segmentsUrl is the article folder’s segments.json, with the base kept', () => {
	expect(segmentsUrl('/edition/articles/a/?pinyin#p3')).toBe('/edition/articles/a/segments.json');
	expect(segmentsUrl('/articles/a/#p3')).toBe('/articles/a/segments.json');
});
