import { describe, expect, it } from 'vitest';
import { findMatches } from '../../src/lib/search/highlight.ts';
import { pinyinSearchWords, pinyinWithTones } from '../../src/lib/search/pinyin.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { groupByParagraph, resultHref, type RecordHit } from '../../src/lib/search/results.ts';

describe('pinyin search words', () => {
	it('index joined runs of syllables from every character, stopping at punctuation', () => {
		const words = pinyinSearchWords('副主席朱德到会；手工业');
		expect(words).toContain('zhudedaohui');
		expect(words).toContain('shougongye');
		expect(words.some((w) => w.startsWith('zhude'))).toBe(true);
		// Punctuation ends a run: no word crosses the semicolon.
		expect(words.some((w) => w.includes('huishou'))).toBe(false);
	});

	it('reads polyphonic characters in context and gives tones for display', () => {
		expect(pinyinWithTones('朱德')).toBe('zhū dé');
		expect(pinyinSearchWords('银行')[0]).toBe('yinhang');
	});
});

describe('search records', () => {
	const records = searchRecords([
		{ slug: 'a', url: '/articles/a/', title: { zh: '标题', en: 'Title' }, paragraphs: [{ n: 1, id: 'p1', zh: '朱德到会。', en: 'Zhu De attended.' }] },
	]);

	it('makes a Chinese, an English and a pinyin record per paragraph, each opening #pN (Pagefind adds the base)', () => {
		expect(records.map((r) => [r.bundle, r.meta.kind, r.url])).toEqual([
			['zh', 'zh', '/articles/a/#p1'],
			['en', 'en', '/articles/a/#p1'],
			['en', 'pinyin', '/articles/a/?pinyin#p1'],
		]);
		expect(records[2]!.content).toContain('zhudedaohui');
		expect(records.every((r) => r.filters.form[0] === r.meta.kind)).toBe(true);
	});

	it('keeps headlines out of the indexed content and the title meta', () => {
		for (const r of records) {
			expect(r.content).not.toContain('Title');
			expect(r.meta).not.toHaveProperty('title');
		}
	});
});

describe('results', () => {
	const hit = (kind: string, n: number, excerpt: string, locations = [0]): RecordHit => ({
		url: `/articles/a/${kind === 'pinyin' ? '?pinyin' : ''}#p${n}`,
		excerpt,
		locations,
		meta: { article: 'a', n: String(n), kind, title_zh: '标题', title_en: 'Title', zh: '朱德到会' },
	});

	it('groups the Chinese, English and pinyin hits of one paragraph into one entry, in rank order', () => {
		const groups = groupByParagraph([hit('en', 2, 'two'), hit('zh', 1, '一'), hit('zh', 2, '二'), hit('pinyin', 3, 'x')]);
		expect(groups.map((g) => [g.key, g.zh, g.en, g.pinyinOf])).toEqual([
			['a#p2', '二', 'two', undefined],
			['a#p1', '一', undefined, undefined],
			['a#p3', undefined, undefined, '朱德到会'],
		]);
		expect(groups[2]!.url).toBe('/articles/a/#p3');
	});

	it('drops records that matched no word', () => {
		expect(groupByParagraph([hit('zh', 1, '一', [])])).toEqual([]);
	});

	it('links to the paragraph with the words to mark before the hash', () => {
		expect(resultHref('/edition/articles/a/#p3', ['手工业', 'Zhu'])).toBe('/edition/articles/a/?highlight=%E6%89%8B%E5%B7%A5%E4%B8%9A%20Zhu#p3');
		expect(resultHref('/articles/a/#p3', [])).toBe('/articles/a/#p3');
	});

	it('finds words to mark, Latin without case, overlapping ranges merged', () => {
		expect(findMatches('Handicraft handicrafts 手工业', ['handicraft', '工业', '手工'])).toEqual([
			[0, 10],
			[11, 21],
			[23, 26],
		]);
		expect(findMatches('abc', [''])).toEqual([]);
	});
});
