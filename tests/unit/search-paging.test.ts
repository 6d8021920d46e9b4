// A query's results a page at a time (src/lib/search/paging.ts), on the real article's text: its
// search records as the indexer makes them, searched by a Pagefind-shaped stand-in (the I/O
// boundary), and its segments split as the pages split them.
import { describe, expect, it } from 'vitest';
import { sourceArticles } from '../support/sources.ts';
import { chineseSentences, englishSentences } from '../../src/lib/paragraph/sentences.ts';
import { bundlesFor, ENOUGH, FIRST_READ, inTurn, morePage, PAGE_SIZE, searchPage, type IndexHit, type IndexSearch, type SearchSources } from '../../src/lib/search/paging.ts';
import { normaliseQuery } from '../../src/lib/search/query.ts';
import { rankResults } from '../../src/lib/search/ranking.ts';
import { searchRecords, type SearchArticle, type SearchRecord } from '../../src/lib/search/records.ts';
import type { RecordHit } from '../../src/lib/search/results.ts';
import type { HitSegment } from '../../src/lib/search/segment-hit.ts';

// The real article, and each of its paragraphs made an article of its own, in three years (in date
// order), so a common word has more candidates than a page holds.
const [real] = sourceArticles();
const paragraphs = real!.zh.paragraphs.map((zh, i) => ({ n: i + 1, id: `p${i + 1}`, zh, en: real!.en.paragraphs[i]! }));
const parts = ['1956', '1957', '1958'].flatMap((year) =>
	paragraphs.map((p): SearchArticle => {
		const slug = `part-${year}-${p.n}`;
		return { slug, url: `/articles/${slug}/`, title: { zh: `第${p.n}段`, en: `Part ${p.n}` }, date: `${year}-01-0${p.n}`, page: 2, paragraphs: [{ ...p, n: 1, id: 'p1' }] };
	}),
);
const articles: SearchArticle[] = [
	{ slug: real!.slug, url: `/articles/${real!.slug}/`, title: { zh: real!.zh.title, en: real!.en.title }, date: real!.zh.date!, page: 1, paragraphs },
	...parts,
];
const records = searchRecords(articles);

/** An article's segments.json: each paragraph's sentences paired, or the paragraph whole where they do not pair. */
function segmentsOf(article: SearchArticle): HitSegment[] {
	return article.paragraphs.flatMap((p) => {
		const zh = chineseSentences(p.zh);
		const en = englishSentences(p.en);
		return zh.length === en.length ? zh.map((z, i) => ({ id: `p${p.n}-s${i + 1}`, paragraph: p.n, zh: z, en: en[i]! })) : [{ id: `p${p.n}`, paragraph: p.n, zh: p.zh, en: p.en }];
	});
}

/** A record as Pagefind's fragment gives it: sections become sub-results with the query's word positions. */
function recordHit(record: SearchRecord, terms: string[]): RecordHit {
	let at = 0;
	const sections = record.sections.map((s) => {
		const words = s.text.split(/\s+/);
		const locations = words.flatMap((w, i) => (terms.some((t) => w.startsWith(t)) ? [at + i] : []));
		const anchor = { id: s.id, location: at };
		at += words.length;
		return { url: `${record.url}#${s.id}`, excerpt: '', locations, anchor, words };
	});
	return {
		url: record.url,
		meta: record.meta,
		locations: sections.flatMap((s) => s.locations),
		sub_results: sections.map(({ url, excerpt, locations }) => ({ url, excerpt, locations })),
		raw_content: sections.map((s) => s.words.join(' ')).join(' '),
		anchors: sections.map((s) => s.anchor),
	};
}

/** Which records the stand-in is to fail to read, and what it was asked. */
interface Trouble {
	fragments?: (record: SearchRecord) => boolean;
	segments?: (url: string) => boolean;
	indexChunks?: number;
}

/** A bundle searched like Pagefind: every record holding each term (a word beginning with it), filtered, sorted by date, each read by data(). */
function bundle(kinds: string[], trouble: Trouble, reads: string[], failed: { index: number }): IndexSearch {
	return {
		async search(term, options) {
			failed.index += trouble.indexChunks ?? 0;
			const terms = term.split(/\s+/);
			const filters = options.filters ?? {};
			const hits: IndexHit[] = records
				.filter((r) => kinds.includes(r.kind))
				.filter((r) => Object.entries(filters).every(([key, value]) => (key === 'form' ? r.kind === value : r.filters[key as 'year' | 'page'] === value)))
				.filter((r) => terms.every((t) => r.sections.some((s) => s.text.split(/\s+/).some((w) => w.startsWith(t)))))
				.map((r) => ({
					id: `${r.kind}:${r.url}`,
					words: [0],
					data: async () => {
						reads.push(`${r.kind} ${r.meta.article}`);
						if (trouble.fragments?.(r)) throw new Error('503 fetching fragment');
						return recordHit(r, terms);
					},
				}));
			return { results: hits };
		},
	};
}

/** The sources a search page hands in, with what its bundles the query needs, and a log of the records read. */
function sources(raw: string, trouble: Trouble = {}) {
	const query = normaliseQuery(raw, {});
	const needs = bundlesFor(query);
	const reads: string[] = [];
	const failed = { index: 0 };
	const byUrl = new Map(articles.map((a) => [a.url, segmentsOf(a)]));
	const given: SearchSources = {
		...(needs.chinese ? { chinese: bundle(['zh'], trouble, reads, failed) } : {}),
		...(needs.latin ? { latin: bundle(needs.latin === 'pinyin' ? ['en', 'pinyin'] : ['en'], trouble, reads, failed) } : {}),
		pinyinMerged: needs.latin === 'pinyin',
		segments: async (url) => {
			if (trouble.segments?.(url)) throw new Error('offline');
			return byUrl.get(url)!;
		},
		failedIndexReads: () => failed.index,
		inTurn: inTurn(),
	};
	return { query, given, reads };
}

describe('the bundles a query needs, by its script', () => {
	it('Chinese characters: the Chinese bundle; Latin letters: the English one, with the pinyin where they could be pinyin', () => {
		const needs = (raw: string) => bundlesFor(normaliseQuery(raw, {}));
		expect(needs('手工业')).toEqual({ chinese: true });
		expect(needs('handicraft')).toEqual({ chinese: false, latin: 'en' });
		expect(needs('shougongye')).toEqual({ chinese: false, latin: 'pinyin' });
		expect(needs('Zhu De')).toEqual({ chinese: false, latin: 'pinyin' });
		expect(needs('手工业 handicraft')).toEqual({ chinese: true, latin: 'en' });
		expect(needs('  ')).toEqual({ chinese: false });
	});
});

describe('paging', () => {
	it('a first read takes FIRST_READ candidates at a time until ENOUGH paragraphs are found, and says how many remain', async () => {
		const { query, given, reads } = sources('手工业');
		const candidates = records.filter((r) => r.kind === 'zh' && [...'手工业'].every((c) => r.sections[0]!.text.split(' ').includes(c))).length;
		const page = await searchPage(query, given);
		expect(page.results.length).toBeGreaterThanOrEqual(ENOUGH);
		expect(page.read).toBeLessThan(PAGE_SIZE);
		expect(page.read % FIRST_READ).toBe(0);
		expect(reads).toHaveLength(page.read);
		expect(page.remaining).toBe(candidates - page.read);
		expect(page.incomplete).toBe(false);
		// One batch fewer would not have been enough.
		const fewer = await searchPage(query, sources('手工业').given, { upTo: page.read - FIRST_READ });
		expect(fewer.results.length).toBeLessThan(ENOUGH);
	});

	it('a first read stops at PAGE_SIZE candidates when the paragraphs found stay fewer than ENOUGH, and morePage reads PAGE_SIZE more', async () => {
		// 会议 is in every paragraph once: narrowed to the one-paragraph articles, each candidate brings one.
		const { query, given, reads } = sources('会议');
		const first = await searchPage(query, given, { filters: { page: '2' } });
		expect(first.read).toBe(PAGE_SIZE);
		expect(reads).toHaveLength(PAGE_SIZE);
		expect(first.results.length).toBe(PAGE_SIZE);
		expect(first.remaining).toBe(parts.length - PAGE_SIZE);
		const second = await morePage(query, given, first, { filters: { page: '2' } });
		expect(second.read).toBe(2 * PAGE_SIZE);
		expect(second.remaining).toBe(parts.length - 2 * PAGE_SIZE);
		expect(second.results.length).toBe(2 * PAGE_SIZE);
		// The first page's results lead the second's, in the same order (date order within a rank).
		expect(second.results.slice(0, PAGE_SIZE).map((r) => r.key)).toEqual(first.results.map((r) => r.key));
		expect((await morePage(query, given, second, { filters: { page: '2' } })).remaining).toBe(0);
	});

	it('with upTo, reads that many candidates at once', async () => {
		const { query, given, reads } = sources('手工业');
		const page = await searchPage(query, given, { upTo: 5 });
		expect([page.read, reads.length]).toEqual([5, 5]);
	});
});

describe('ranking', () => {
	it('lists the exact string or form typed first, then stems, then pinyin, by date within a rank', async () => {
		const { query, given } = sources('productivity');
		const page = await searchPage(query, given, { upTo: 100 });
		expect(page.results.length).toBeGreaterThan(1);
		expect(page.results.map((r) => r.key)).toEqual(rankResults([...page.results].reverse()).map((r) => r.key));
		const ranks = page.results.map((r) => r.rank);
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		expect(new Set(ranks).size).toBeGreaterThan(1);
	});

	it('finds pinyin in the Chinese it spells, through the pinyin records merged into the English bundle', async () => {
		const { query, given, reads } = sources('shougongye');
		const page = await searchPage(query, given, { upTo: 100 });
		expect(reads.some((r) => r.startsWith('pinyin '))).toBe(true);
		expect(page.results.length).toBeGreaterThan(0);
		const zh = (slug: string, n: number) => articles.find((a) => a.slug === slug)!.paragraphs.find((p) => p.n === n)!.zh;
		for (const result of page.results) expect([zh(result.article, result.n).includes('手工业'), result.pinyin !== undefined], result.key).toEqual([true, true]);
	});
});

describe('what could not be read', () => {
	it('a fragment that cannot be read leaves its record out, the rest listed, and says the results may be incomplete', async () => {
		const whole = await searchPage(sources('手工业').query, sources('手工业').given, { upTo: 100 });
		const { query, given } = sources('手工业', { fragments: (r) => r.meta.article === 'part-1956-3' });
		const page = await searchPage(query, given, { upTo: 100 });
		expect(page.incomplete).toBe(true);
		expect(page.unread).toBe(1);
		expect(page.results.map((r) => r.key)).toEqual(whole.results.map((r) => r.key).filter((key) => !key.startsWith('part-1956-3#')));
		expect(page.results.length).toBeGreaterThan(0);
	});

	it('a segments.json that cannot be read leaves its article out, counted once', async () => {
		const { query, given } = sources('手工业', { segments: (url) => url.includes('part-1956-1/') });
		const page = await searchPage(query, given, { upTo: 100 });
		expect(page.unread).toBe(1);
		expect(page.results.some((r) => r.article === 'part-1956-1')).toBe(false);
		expect(page.results.some((r) => r.article === 'part-1956-3')).toBe(true);
	});

	it('index chunks that failed during the search (Pagefind logs and skips them) are counted', async () => {
		const { query, given } = sources('手工业 handicraft', { indexChunks: 1 });
		const page = await searchPage(query, given);
		// One search of each of the two bundles the query needs.
		expect(page.unread).toBe(2);
		expect(page.incomplete).toBe(true);
	});

	it('only a search that throws fails the whole', async () => {
		const { query, given } = sources('手工业');
		const broken: SearchSources = { ...given, chinese: { search: () => Promise.reject(new Error('no index')) } };
		await expect(searchPage(query, broken)).rejects.toThrow('no index');
	});
});

it('inTurn runs reads one after another, and a failed one does not stop the next', async () => {
	const turn = inTurn();
	const log: string[] = [];
	const slow = (name: string, fail = false) => () =>
		new Promise<string>((resolve, reject) =>
			setTimeout(() => {
				log.push(name);
				if (fail) reject(new Error(name));
				else resolve(name);
			}, name === 'a' ? 20 : 0),
		);
	const a = turn(slow('a', true));
	const b = turn(slow('b'));
	await expect(a).rejects.toThrow('a');
	expect(await b).toBe('b');
	expect(log).toEqual(['a', 'b']);
});
