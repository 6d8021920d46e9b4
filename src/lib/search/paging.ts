// A query's results, a page at a time: its candidate records from the bundles its script needs, read in pages, ranked, and what could not be read.
import type { NormalisedQuery } from './query.ts';
import { articleResults, rankResults, type ParagraphResult } from './ranking.ts';
import type { RecordKind } from './records.ts';
import { pinyinFound, snapshotHit, type RecordHit } from './results.ts';
import type { HitSegment } from './segment-hit.ts';

/**
 * How many candidate records (an article in one form) are read at most at first, and again each
 * time the reader asks for more: each read fetches the article's fragment and segments.json, so a
 * common word in a large edition must not fetch hundreds at once.
 */
export const PAGE_SIZE = 8;

/**
 * A first read takes the candidates FIRST_READ at a time, and stops once the results hold ENOUGH
 * paragraphs (more than a screen) or PAGE_SIZE candidates are read: a word found in every article
 * fetches two articles' files, not eight, and a rare one still fills the list.
 */
export const FIRST_READ = 2;
export const ENOUGH = 10;

/** One candidate record as a Pagefind search lists it: its word positions are known before its fragment is read. */
export interface IndexHit {
	id: string;
	words: number[];
	/** Reads the record's fragment; rejects when it cannot be fetched. */
	data(): Promise<RecordHit>;
}

/** What a Pagefind search is asked: the filters (year, page, form) and the sort. */
export interface IndexSearchOptions {
	filters?: Record<string, string>;
	sort?: Record<string, 'asc' | 'desc'>;
}

/** A loaded bundle, as far as a search asks it: Pagefind's `search`. */
export interface IndexSearch {
	search(term: string, options: IndexSearchOptions): Promise<{ results: IndexHit[] } | null>;
}

/** The bundles a query needs, by its script: Chinese characters, the Chinese one; Latin letters, the English one, with the pinyin merged in when they could be pinyin. */
export interface BundleChoice {
	chinese: boolean;
	latin: 'en' | 'pinyin' | undefined;
}

/** The bundles a query needs (see BundleChoice). */
export function bundlesFor(query: NormalisedQuery): BundleChoice {
	return { chinese: Boolean(query.chinese), latin: query.pinyin ? 'pinyin' : query.english ? 'en' : undefined };
}

/** What a search reads, handed in by the page (or a test): the loaded bundles' searches and the articles' segments. */
export interface SearchSources {
	/** The Chinese bundle's search, where bundlesFor asked for it. */
	chinese?: IndexSearch | undefined;
	/** The English bundle's search, with the pinyin bundle merged in where bundlesFor asked for pinyin. */
	latin?: IndexSearch | undefined;
	/** Whether the pinyin bundle is merged into the English one (ever, by any query): its records are then told apart by the `form` filter. */
	pinyinMerged: boolean;
	/** An article's segments (its segments.json), by the parallel page's URL; rejects when they cannot be read. */
	segments(articleUrl: string): Promise<HitSegment[]>;
	/**
	 * How many index chunk requests have failed so far: Pagefind logs such a failure and searches on
	 * without the chunk, so only the requests tell (see index-requests.ts). Unknown when absent.
	 */
	failedIndexReads?(): number;
	/** Runs one batch of record reads after the batches before it (see inTurn); at once when absent. */
	inTurn?<T>(read: () => Promise<T>): Promise<T>;
}

/** How far to read: a first read (per FIRST_READ, ENOUGH and PAGE_SIZE), or every candidate up to `upTo`. */
export interface PageOptions {
	/** The year and page chosen, as Pagefind filters (see records.ts). */
	filters?: Record<string, string>;
	upTo?: number | undefined;
}

/** One page of a query's results. */
export interface SearchPage {
	/** The paragraphs found in the candidates read, ranked (see ranking.ts). */
	results: ParagraphResult[];
	/** How many candidate records were read (or tried). */
	read: number;
	/** How many candidates are left for "Show more". */
	remaining: number;
	/** True when something the search needed could not be read: the results may be incomplete. */
	incomplete: boolean;
	/** How many reads failed: index chunks, records (their fragments) and articles (their segments.json). */
	unread: number;
}

/** Runs reads one after another, never two at once (Pagefind hands back one object per record and rewrites it on each read). */
export function inTurn(): <T>(read: () => Promise<T>) => Promise<T> {
	let last: Promise<unknown> = Promise.resolve();
	return <T>(read: () => Promise<T>) => {
		const next = last.then(read);
		last = next.catch(() => undefined);
		return next;
	};
}

interface Candidate {
	hit: IndexHit;
	kind: RecordKind;
}

/** A record read, or undefined where its fragment could not be. */
type Read = { hit: RecordHit; kind: RecordKind } | undefined;

/**
 * A query's results: the searches of the bundles it needs, then the candidates read a batch at a time
 * (a first read by FIRST_READ until ENOUGH paragraphs or PAGE_SIZE candidates; with `upTo`, that many
 * at once) and ranked. A read that fails (an index chunk, a fragment, a segments.json) leaves out what
 * it would have found and is counted in `unread`; only a search that throws fails the whole.
 */
export async function searchPage(query: NormalisedQuery, sources: SearchSources, options: PageOptions = {}): Promise<SearchPage> {
	const narrow = options.filters ?? {};
	const { chinese, latin } = sources;
	// Before the pinyin bundle is merged, the English bundle holds English records only, and its filter
	// file (which lists every record) is not fetched for a `form` filter.
	const english = { ...(sources.pinyinMerged ? { form: 'en' } : {}), ...narrow };
	// Candidate articles in date order, the order results keep within a rank (see ranking.ts), so
	// "Show more" brings later articles (Chinese ones by CHINESE_RANKING, the others by a sort).
	const sort = { date: 'asc' } as const;
	const failedIndexReads = sources.failedIndexReads ?? (() => 0);
	const failedBefore = failedIndexReads();
	const [zh, en, pinyin] = await Promise.all([
		chinese && query.chinese ? chinese.search(query.chinese, { filters: narrow }) : null,
		latin && query.english ? latin.search(query.english, { filters: english, sort }) : null,
		latin && query.pinyin ? latin.search(query.pinyin, { filters: { form: 'pinyin', ...narrow }, sort }) : null,
	]);
	const index = failedIndexReads() - failedBefore;
	// An index that knows none of the query's words lists every record with no word position: those
	// are dropped before paging, so "Show more" never loads records that show nothing.
	const matched = (search: { results: IndexHit[] } | null) => (search?.results ?? []).filter((r) => r.words.length > 0);
	const all: Candidate[] = ([[zh, 'zh'], [en, 'en'], [pinyin, 'pinyin']] as const).flatMap(([search, kind]) => matched(search).map((hit) => ({ hit, kind })));
	const turn = sources.inTurn ?? ((read) => read());
	// Each hit is copied as soon as it arrives (see snapshotHit); a record that cannot be read is left out.
	const read = (from: number, to: number): Promise<Read[]> =>
		turn(() => Promise.all(all.slice(from, to).map(({ hit, kind }) => hit.data().then((data) => ({ hit: snapshotHit(data), kind }), () => undefined))));
	// Each article's segments are read once in a search; those that cannot be read are counted.
	const segmentsRead = new Map<string, Promise<HitSegment[]>>();
	let segmentsFailed = 0;
	const segments = (url: string) => {
		if (!segmentsRead.has(url)) segmentsRead.set(url, sources.segments(url).catch(() => (segmentsFailed++, [])));
		return segmentsRead.get(url)!;
	};
	let count = options.upTo !== undefined ? Math.min(options.upTo, all.length) : Math.min(FIRST_READ, all.length);
	const found = await read(0, count);
	let results = await rankedResults(query, found, segments);
	while (options.upTo === undefined && results.length < ENOUGH && count < Math.min(all.length, PAGE_SIZE)) {
		const next = Math.min(count + FIRST_READ, all.length, PAGE_SIZE);
		found.push(...(await read(count, next)));
		count = next;
		results = await rankedResults(query, found, segments);
	}
	const unread = index + found.filter((r) => !r).length + segmentsFailed;
	return {
		results,
		read: count,
		remaining: all.length - count,
		incomplete: unread > 0,
		unread,
	};
}

/** The page after `page` ("Show more"): every candidate it read, and PAGE_SIZE more. */
export function morePage(query: NormalisedQuery, sources: SearchSources, page: SearchPage, options: PageOptions = {}): Promise<SearchPage> {
	return searchPage(query, sources, { ...options, upTo: Math.max(page.read, 1) + PAGE_SIZE });
}

/** The candidate articles' paragraphs that hold the query, ranked (see ranking.ts). */
async function rankedResults(query: NormalisedQuery, hits: Read[], segmentsOf: (url: string) => Promise<HitSegment[]>): Promise<ParagraphResult[]> {
	const articles = new Map<string, { url: string; meta: RecordHit['meta']; kinds: Map<string, RecordHit> }>();
	for (const { hit, kind } of hits.filter((h) => h !== undefined)) {
		const slug = hit.meta.article ?? '';
		const entry = articles.get(slug) ?? { url: hit.url.replace(/[?#].*$/, ''), meta: hit.meta, kinds: new Map() };
		entry.kinds.set(kind, hit);
		articles.set(slug, entry);
	}
	const results = await Promise.all(
		[...articles].map(async ([slug, { url, meta, kinds }]) => {
			// A query in Chinese is a candidate only where the Chinese index found all its characters.
			if (query.han.length && !kinds.has('zh') && !kinds.has('pinyin')) return [];
			const segments = await segmentsOf(url);
			const article = { slug, url, title: { zh: meta.title_zh ?? '', en: meta.title_en ?? '' }, date: meta.date ?? '', segments };
			return articleResults(query, article, { pinyin: pinyinFound(kinds.get('pinyin')) });
		}),
	);
	return rankResults(results.flat());
}
