import { describe, expect, it } from 'vitest';
import { findMatches } from '../../src/lib/search/highlight.ts';
import { pinyinSearchWords } from '../../src/lib/search/pinyin.ts';
import { pinyinWithTones } from '../../src/lib/words/pinyin.ts';
import { distinctCharacters, distinctWords, recordHtml, searchRecords, withLatinOf } from '../../src/lib/search/records.ts';
import { openingKey, paragraphsFound, pinyinFound, resultHref, type RecordHit } from '../../src/lib/search/results.ts';

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
		{
			slug: 'a',
			url: '/articles/a/',
			title: { zh: '标题', en: 'Title, "quoted"' },
			date: '1955-01-09',
			page: 3,
			paragraphs: [
				{ n: 1, id: 'p1', zh: '朱德到会。', en: 'Zhu De attended.' },
				{ n: 2, id: 'p2', zh: '<b>二</b>', en: 'A & B' },
			],
		},
	]);

	it('makes a Chinese, an English and a pinyin record per article; pinyin paragraphs are sections opening #pN (Pagefind adds the base)', () => {
		expect(records.map((r) => [r.kind, r.url])).toEqual([
			['zh', '/articles/a/'],
			['en', '/articles/a/'],
			['pinyin', '/articles/a/?pinyin'],
		]);
		// The Chinese record: the article's characters, each once.
		expect(records[0]!.sections).toEqual([{ id: 'characters', title: '', text: '朱 德 到 会 二' }]);
		// The English record: the stems of the article's words, with the Latin letters its Chinese quotes (<b>, </b>), each once.
		expect(records[1]!.sections).toEqual([{ id: 'words', title: '', text: 'zhu de attend a b' }]);
		expect(records[2]!.sections.map((s) => s.id)).toEqual(['p1', 'p2']);
		expect(records[2]!.sections[0]!.text).toContain('zhudedaohui');
		expect(records[2]!.meta[openingKey('p1')]).toBe('朱德到会。');
	});

	it('indexes each character of an article, and each written word of a paragraph, once', () => {
		expect(distinctCharacters('手工业和地方工业，手工业。GB')).toBe('手 工 业 和 地 方');
		expect(distinctWords('the plan and the Plan, the plan')).toBe('the plan and Plan,');
	});

	it('gives the English index the Latin words the Chinese quotes, so a Latin query finds them', () => {
		expect(withLatinOf('Cited.', '按GB/T 7714著录，见 onerror=x。')).toBe('Cited. GB T 7714 onerror x');
		expect(withLatinOf('Cited.', '全是汉字。')).toBe('Cited.');
	});

	it('writes HTML in the bundle language, text and meta escaped, filtered by form, with no title to index', () => {
		const [zh, en, pinyin] = records.map(recordHtml);
		expect(zh).toContain('<html lang="zh">');
		// English and pinyin in no language Pagefind stems (the edition stems the English itself).
		expect(en).toContain('<html lang="und">');
		expect(pinyin).toContain('<html lang="und">');
		expect(pinyin).toContain('<body data-pagefind-filter="form:pinyin">');
		// Every record can be narrowed to its article's year and page.
		for (const html of [zh, en, pinyin]) {
			expect(html).toContain('<meta data-pagefind-filter="year[content]" content="1955">');
			expect(html).toContain('<meta data-pagefind-filter="page[content]" content="3">');
		}
		expect(zh).toContain('<p id="characters" data-pagefind-title="">朱 德 到 会 二</p>');
		expect(zh).toContain('<meta data-pagefind-meta="date[content]" content="1955-01-09">');
		// Chinese candidates come in date order without a sort index (see CHINESE_RANKING); the others are sorted.
		expect(zh).not.toContain('data-pagefind-sort');
		expect(en).toContain('<meta data-pagefind-sort="date[content]" content="1955-01-09">');
		expect(en).toContain('<p id="words" data-pagefind-title="">zhu de attend a b</p>');
		expect(en).toContain('<meta data-pagefind-meta="title_en[content]" content="Title, &quot;quoted&quot;">');
		for (const html of [zh, en, pinyin]) expect(html).not.toMatch(/<title|<h1|>[^<]*Title/);
	});
});

describe('results', () => {
	const hit = (kind: string, sections: [number, string][], locations = [0]): RecordHit => ({
		url: `/articles/a/${kind === 'pinyin' ? '?pinyin' : ''}`,
		locations,
		meta: { article: 'a', kind, title_zh: '标题', title_en: 'Title', [openingKey('p3')]: '朱德到会' },
		sub_results: sections.map(([n, excerpt]) => ({ url: `/articles/a/${kind === 'pinyin' ? '?pinyin' : ''}#p${n}`, excerpt, locations: [n] })),
		raw_content: '',
		anchors: [],
	});

	it('reads the paragraphs a pinyin record found, with their openings', () => {
		expect(paragraphsFound(hit('pinyin', [[2, 'zhude'], [4, 'zhu de']]))).toEqual([2, 4]);
		expect([...pinyinFound(hit('pinyin', [[3, 'zhude']])).entries()]).toEqual([[3, '朱德到会']]);
		// A record that matched no word (an index that knows none of the query's words) found nothing.
		expect(paragraphsFound(hit('pinyin', [[1, 'x']], []))).toEqual([]);
		expect(paragraphsFound(undefined)).toEqual([]);
	});

	it('links to the sentence with each string to mark before the hash, a phrase whole', () => {
		expect(resultHref('/edition/articles/a/#p3-s2', ['手工业', 'democratic management'])).toBe('/edition/articles/a/?highlight=%E6%89%8B%E5%B7%A5%E4%B8%9A&highlight=democratic%20management#p3-s2');
		expect(resultHref('/articles/a/#p3', [])).toBe('/articles/a/#p3');
	});

	it('finds words to mark: Chinese anywhere, Latin as whole words in any case, overlapping ranges merged', () => {
		expect(findMatches('Handicraft handicrafts 手工业', ['handicraft', '工业', '手工'])).toEqual([
			[0, 10],
			[23, 26],
		]);
		expect(findMatches('the cooperative, cooperatives; co-operative', ['cooperative'])).toEqual([[4, 15]]);
		expect(findMatches('democratic management and Democratic  management', ['democratic management'])).toEqual([[0, 21]]);
		expect(findMatches('abc', [''])).toEqual([]);
	});
});
