import { describe, expect, it } from 'vitest';
import { normaliseQuery } from '../../src/lib/search/query.ts';
import { articleResults, rankResults, RANK, type CandidateArticle } from '../../src/lib/search/ranking.ts';

// What a search finds in a candidate article's text, where each hit lands, and the order of hits.
const article = (slug: string, date: string, segments: [number, string, string][]): CandidateArticle => ({
	slug,
	url: `/articles/${slug}/`,
	title: { zh: '标题', en: 'Title' },
	date,
	segments: segments.map(([paragraph, zh, en], i) => ({ id: `p${paragraph}-s${i + 1}`, paragraph, zh, en })),
});
const a = article('a', '1955-01-09', [
	[1, '全国手工业工作会议闭幕。', 'The handicraft conference closed. '],
	[1, '地方工业和联合总社。', 'Local industry and the federation.'],
	[2, '手工业的合作化。', 'Cooperativization of handicrafts, and productivity.'],
	[3, '手工业合作化运动。', 'The handicraft cooperativization movement, and production.'],
	[4, '联合社成立。', 'Democratic management of the cooperatives.'],
]);
const q = (raw: string) => normaliseQuery(raw, {});
const found = (raw: string, evidence = {}) => articleResults(q(raw), a, evidence).map((r) => [r.key, r.rank, r.url.split('#')[1]]);

describe('Chinese: exact strings, like the browser’s find', () => {
	it('finds the string anywhere, inside longer words too, and lands on its sentence', () => {
		expect(found('工业')).toEqual([
			['a#p1', RANK.exact, 'p1-s1'],
			['a#p2', RANK.exact, 'p2-s3'],
			['a#p3', RANK.exact, 'p3-s4'],
		]);
	});

	it('never finds a paragraph where the characters occur apart or in a longer name', () => {
		// 联合社 is not in 联合总社; 手工业合作化 is not in 手工业的合作化.
		expect(found('联合社').map(([key]) => key)).toEqual(['a#p4']);
		expect(found('手工业合作化').map(([key]) => key)).toEqual(['a#p3']);
		// Typed apart, each string is found where it occurs.
		expect(found('手工业 合作化').map(([key]) => key)).toEqual(['a#p2', 'a#p3']);
	});

	it('marks exactly the strings asked for', () => {
		expect(articleResults(q('手工业'), a, {})[0]!.words).toEqual(['手工业']);
	});
});

describe('English: word forms before stems, phrases exact', () => {
	it('ranks the form typed above the words found by its stem alone, and marks the forms the text has', () => {
		expect(rankResults(articleResults(q('productivity'), a, {})).map((r) => [r.key, r.rank, r.words])).toEqual([
			['a#p2', RANK.wordForms, ['productivity']],
			['a#p3', RANK.stems, ['production']],
		]);
		expect(articleResults(q('handicraft productivities'), a, {}).map((r) => [r.key, r.rank, r.words])).toEqual([
			['a#p2', RANK.stems, ['handicrafts', 'productivity']],
			['a#p3', RANK.stems, ['handicraft', 'production']],
		]);
	});

	it('never takes a word that merely begins the word typed (which Pagefind offers when it finds nothing)', () => {
		// planners: the text has plan and planning only; zhude: Zhu.
		const b = article('b', '1955-01-01', [[1, '朱德。', 'Zhu De and the plan, planning.']]);
		expect(articleResults(q('planners'), b, {})).toEqual([]);
		expect(articleResults(q('zhude'), b, {})).toEqual([]);
		// A word of one or two letters stands for itself, not for every word it begins.
		expect(articleResults(q('pl'), b, {})).toEqual([]);
	});

	it('matches whole words only, and a quoted phrase only as the phrase', () => {
		// Whole words, and inflections after them: handicrafts (¶2) is found by its stem.
		expect(rankResults(articleResults(q('handicraft'), a, {})).map((r) => [r.key, r.rank])).toEqual([
			['a#p1', RANK.wordForms],
			['a#p3', RANK.wordForms],
			['a#p2', RANK.stems],
		]);
		expect(found('handicraftsman')).toEqual([]);
		expect(found('"democratic management"')).toEqual([['a#p4', RANK.exact, 'p4-s5']]);
		expect(found('"management democratic"')).toEqual([]);
	});
});

it('finds Latin letters the Chinese quotes, exactly, and lands on them there', () => {
	const b = article('b', '1955-01-01', [[1, '按GB/T 7714著录。', 'Cited by the national standard.']]);
	expect(articleResults(q('GB'), b, {}).map((r) => [r.rank, r.first, r.words])).toEqual([[RANK.wordForms, 'zh', ['GB']]]);
});

describe('pinyin and mixed queries', () => {
	it('lists a pinyin-only hit last, on its paragraph, with its opening', () => {
		const results = articleResults(q('shougongye'), a, { pinyin: new Map([[2, '手工业的合作化。']]) });
		expect(results.map((r) => [r.key, r.rank, r.url, r.pinyin])).toEqual([['a#p2', RANK.pinyin, '/articles/a/#p2', '手工业的合作化。']]);
	});

	it('needs every part of a mixed query, each in its language, and takes the lowest rank', () => {
		expect(found('手工业 movement')).toEqual([['a#p3', RANK.wordForms, 'p3-s4']]);
	});
});

it('orders by rank, then the article’s date, then paragraph order', () => {
	const b = article('b', '1954-12-01', [[5, '手工业。', 'Handicraft.']]);
	const results = [...articleResults(q('手工业'), a, {}), ...articleResults(q('手工业'), b, {})];
	expect(rankResults(results).map((r) => r.key)).toEqual(['b#p5', 'a#p1', 'a#p2', 'a#p3']);
});

describe('a paragraph published by paragraph (unpaired: one segments.json row under its own anchor)', () => {
	const unpaired: CandidateArticle = {
		...a,
		segments: [
			{ id: 'p1-s1', paragraph: 1, zh: '会议闭幕。', en: 'The meeting closed.' },
			{ id: 'p2', paragraph: 2, zh: '手工业合作化。联合社成立。', en: 'Handicraft cooperativization and the federation were founded.' },
		],
	};
	it('is found, in either language, and the hit lands on the paragraph', () => {
		for (const query of ['联合社', 'federation']) expect(articleResults(q(query), unpaired, {}).map((r) => [r.key, r.url.split('#')[1]])).toEqual([['a#p2', 'p2']]);
	});
});
