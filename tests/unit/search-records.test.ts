import { describe, expect, it } from 'vitest';
import { findMatches } from '../../src/lib/search/highlight.ts';
import { pinyinSearchWords, pinyinWithTones } from '../../src/lib/search/pinyin.ts';
import { recordHtml, searchRecords } from '../../src/lib/search/records.ts';
import { groupByParagraph, openingKey, resultHref, sectionTexts, withEveryTerm, type RecordHit } from '../../src/lib/search/results.ts';

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
			paragraphs: [
				{ n: 1, id: 'p1', zh: '朱德到会。', en: 'Zhu De attended.' },
				{ n: 2, id: 'p2', zh: '<b>二</b>', en: 'A & B' },
			],
		},
	]);

	it('makes a Chinese, an English and a pinyin record per article, each paragraph a section opening #pN (Pagefind adds the base)', () => {
		expect(records.map((r) => [r.bundle, r.kind, r.url])).toEqual([
			['zh', 'zh', '/articles/a/'],
			['en', 'en', '/articles/a/'],
			['en', 'pinyin', '/articles/a/?pinyin'],
		]);
		expect(records[0]!.sections).toEqual([
			{ id: 'p1', title: '¶1', text: '朱德到会。' },
			{ id: 'p2', title: '¶2', text: '<b>二</b>' },
		]);
		expect(records[2]!.sections[0]!.text).toContain('zhudedaohui');
		expect(records[2]!.meta[openingKey('p1')]).toBe('朱德到会。');
	});

	it('writes HTML in the bundle language, text and meta escaped, filtered by form, with no title to index', () => {
		const [zh, en, pinyin] = records.map(recordHtml);
		expect(zh).toContain('<html lang="zh">');
		expect(pinyin).toContain('<html lang="en">');
		expect(pinyin).toContain('<body data-pagefind-filter="form:pinyin">');
		expect(zh).toContain('<p id="p2" data-pagefind-title="¶2">&lt;b&gt;二&lt;/b&gt;</p>');
		expect(en).toContain('<p id="p2" data-pagefind-title="¶2">A &amp; B</p>');
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

	it('groups the Chinese, English and pinyin hits of one paragraph into one entry, articles in rank order', () => {
		const groups = groupByParagraph([hit('en', [[2, 'two']]), hit('zh', [[1, '一'], [2, '二']]), hit('pinyin', [[3, 'x']])]);
		expect(groups.map((g) => [g.key, g.n, g.zh, g.en, g.pinyinOf])).toEqual([
			['a#p2', 2, '二', 'two', undefined],
			['a#p1', 1, '一', undefined, undefined],
			['a#p3', 3, undefined, undefined, '朱德到会'],
		]);
		expect(groups[2]!.url).toBe('/articles/a/#p3');
	});

	it('drops records that matched no word', () => {
		expect(groupByParagraph([hit('zh', [[1, '一']], [])])).toEqual([]);
	});

	it('keeps the paragraphs that hold every word of the query, as a record per paragraph would', () => {
		const section = (n: number, locations: number[]) => ({ url: `/articles/a/#p${n}`, excerpt: '', locations });
		// Pagefind joins a Chinese record's words with U+200B; p1 is 民主管理。, p2 is 手工业对手。
		const words = ['民主', '管理', '。', '手工', '业', '对手', '。'];
		const zh = (sub: ReturnType<typeof section>[], locations = [0]): RecordHit => ({
			url: '/articles/a/',
			locations,
			meta: { article: 'a', kind: 'zh' },
			sub_results: sub,
			raw_content: words.join('\u200B'),
			anchors: [
				{ id: 'p2', location: 3 },
				{ id: 'p1', location: 0 },
			],
		});
		expect([...sectionTexts(zh([])).entries()]).toEqual([
			['p1', '民主管理。'],
			['p2', '手工业对手。'],
		]);
		const ids = (hit: RecordHit) => hit.sub_results.map((s) => s.url.split('#')[1]);
		// Pagefind's loose Chinese match lists p1 for 民主 alone and p2 for 手工 and 对手: only the paragraph with the words stays.
		const found = zh([section(1, [0]), section(2, [3, 5])]);
		expect(ids(withEveryTerm(found, ['手工业'], [found]))).toEqual(['p2']);
		expect(ids(withEveryTerm(found, ['民主管理'], [found]))).toEqual(['p1']);
		// Two words: each must be found in the paragraph by itself; a word the index does not know is skipped.
		const en = (sub: ReturnType<typeof section>[], locations = [0]): RecordHit => ({ ...zh(sub, locations), meta: { article: 'a', kind: 'en' } });
		const zhu = en([section(1, [0]), section(2, [4])]);
		const de = en([section(2, [3])]);
		expect(ids(withEveryTerm(zhu, ['Zhu', 'De'], [zhu, de]))).toEqual(['p2']);
		expect(ids(withEveryTerm(zhu, ['Zhu', 'De'], [zhu, en([])]))).toEqual([]);
		expect(ids(withEveryTerm(zhu, ['Zhu', '朱德'], [zhu, undefined]))).toEqual(['p1', 'p2']);
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
