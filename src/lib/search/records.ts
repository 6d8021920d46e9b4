// The search records of an article: one small HTML document per form, paragraphs as sections.
import { pinyinSearchWords } from './pinyin.ts';
import { escapeText } from '../html.ts';
import { ui } from '../ui.ts';
import { openingKey } from './results.ts';
import { SEARCH_BUNDLES, type SearchBundle } from './bundles.ts';
import type { Article } from '../article.ts';
import { alignedText, type AlignedRow } from '../downloads/aligned-text.ts';
import { articlePath } from '../urls.ts';
import { wordStems } from './stem.ts';

/** An article as the search index needs it: where it lives and its aligned paragraphs. */
export interface SearchArticle {
	slug: string;
	/** The parallel page's root-relative URL, without the site's base (Pagefind's `baseUrl` adds it). */
	url: string;
	title: { zh: string; en: string };
	/** Its date in the paper (YYYY-MM-DD): results are listed by it within a rank, and narrowed by its year. */
	date: string;
	/** Its page in the paper: results can be narrowed to it. */
	page: number;
	paragraphs: AlignedRow[];
}

/** An article as the index takes it: its parallel page, titles, date, page, and the text its `aligned.json` publishes. */
export function searchArticle(article: Article): SearchArticle {
	return {
		slug: article.slug,
		// Root-relative: Pagefind's script puts the site's base (its `baseUrl`) in front.
		url: articlePath(article.slug),
		title: { zh: article.original.title, en: article.translation.title },
		date: article.original.date,
		page: article.original.page,
		paragraphs: alignedText(article),
	};
}

/** Which text of an article a record holds: the Chinese, the English, or the Chinese as pinyin; each has its own bundle. */
export type RecordKind = SearchBundle;

/** One paragraph inside a record: Pagefind makes it a sub-result linking to `#id`. */
export interface RecordSection {
	id: string;
	title: string;
	text: string;
}

/**
 * One Pagefind record: an article in one form, indexed as a small HTML document (see recordHtml);
 * in the pinyin record each paragraph is a section, so a hit lists the paragraphs it matched.
 */
export interface SearchRecord {
	/** Its text, and so its bundle (see SEARCH_BUNDLES). */
	kind: RecordKind;
	url: string;
	meta: Record<string, string>;
	/** Pagefind filters: the article's year and page, by which a search can be narrowed (see SEARCH_FILTERS). */
	filters: Record<SearchFilter, string>;
	sections: RecordSection[];
}

/** What a search can be narrowed to: the year and the page of the articles. */
export const SEARCH_FILTERS = ['year', 'page'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** How many characters of a paragraph's Chinese a pinyin hit shows in place of the pinyin. */
const OPENING = 60;

/**
 * Every article becomes three records: its Chinese, its English, and its Chinese as toneless pinyin,
 * each carrying what the results list shows (titles, and for pinyin the paragraphs' Chinese
 * openings), so a hit needs no second request to be displayed. One record per article, not per
 * paragraph, because Pagefind's metadata and filter files list every record and are fetched by the
 * first search: per-paragraph records made that cost grow with the paragraphs of the whole edition.
 */
export function searchRecords(articles: SearchArticle[]): SearchRecord[] {
	return articles.flatMap((article) => {
		const record = (kind: RecordKind, sections: RecordSection[]): SearchRecord => {
			const meta: Record<string, string> = { title_zh: article.title.zh, title_en: article.title.en, article: article.slug, date: article.date, kind };
			if (kind === 'pinyin') for (const p of article.paragraphs) meta[openingKey(p.id)] = [...p.zh].slice(0, OPENING).join('');
			return {
				kind,
				// Pagefind keeps one record per URL, so the pinyin record's URL is told apart by a query
				// that the results list drops again (see articleResults).
				url: kind === 'pinyin' ? `${article.url}?pinyin` : article.url,
				meta,
				filters: { year: article.date.slice(0, 4), page: String(article.page) },
				sections,
			};
		};
		// The Chinese and English indexes only say which articles hold every character or word (by its
		// stem, see wordStems) of a query (the text then decides): one section each. The pinyin index
		// also says which paragraphs, since nothing else can: a section per paragraph.
		const whole = (id: string, text: string): RecordSection[] => [{ id, title: '', text }];
		return [
			record('zh', whole('characters', distinctCharacters(article.paragraphs.map((p) => p.zh).join('')))),
			// Both readings of the English: the received, and the editors' where they corrected it.
			record('en', whole('words', wordStems(article.paragraphs.map((p) => withLatinOf(`${p.en} ${p.enCorrected ?? ''}`, p.zh)).join(' ')).join(' '))),
			record(
				'pinyin',
				article.paragraphs.map((p) => ({ id: p.id, title: ui('en').paragraphNumber(p.n), text: distinctWords(pinyinSearchWords(p.zh).join(' ')) })),
			),
		];
	});
}

/**
 * An article's Chinese as the Chinese index holds it: each Han character it uses, once, as a word of
 * its own, so a query's characters find every article that has them all, wherever a word segmenter
 * would cut (工业 inside 手工业). The index only chooses candidate articles; the exact string is then
 * looked for in the text itself (see ranking.ts). Once, because the index keeps a position for every
 * occurrence, and a common character's positions across a corpus are most of what a first search
 * fetches: at 1000 articles the characters of 手工业 came in three index chunks of 23 KB.
 */
export function distinctCharacters(text: string): string {
	return [...new Set(text.match(/\p{Script=Han}/gu) ?? [])].join(' ');
}

/**
 * Words (a paragraph's pinyin), each written form once, in the order they first occur: the index
 * keeps a position for every occurrence, which nothing reads, and a common word's positions across a
 * corpus were most of what a first search fetched. (The English record holds each stem once: see
 * wordStems.)
 */
export function distinctWords(text: string): string {
	return [...new Set(text.split(/\s+/).filter(Boolean))].join(' ');
}

/**
 * An English paragraph as the English index holds it: its text, then the Latin words its Chinese
 * quotes (names, codes, numbers in Latin letters), so that a query in Latin letters, which loads
 * only the English index, finds them in the Chinese as well.
 */
export function withLatinOf(english: string, chinese: string): string {
	const latin = chinese.match(/[\p{Script=Latin}\p{Nd}][\p{Script=Latin}\p{Nd}'’-]*/gu) ?? [];
	return latin.length ? `${english} ${latin.join(' ')}` : english;
}

/**
 * The HTML Pagefind indexes for a record: `<html lang>` picks the bundle's language processing;
 * meta comes from attributes (a `key:value` list would split at commas in titles); no `<title>` or
 * `<h1>`, which Pagefind would index, so every article would match its headline's words; the `form`
 * filter keeps the English and the pinyin records apart once the search page has merged the pinyin
 * bundle into the English one.
 */
export function recordHtml(record: SearchRecord): string {
	const head =
		Object.entries(record.meta)
			.map(([key, value]) => `<meta data-pagefind-meta="${key}[content]" content="${escapeText(value)}">`)
			.join('') +
		// Sorted by the article's date, so "Show more" brings later articles and a rank's order holds
		// across pages. Not the Chinese records: each holds a character once, so with CHINESE_RANKING
		// every article that has the query's characters scores the same, and Pagefind lists them in the
		// order they were indexed, which is the catalogue's date order; a sort would cost the first
		// search 2.5 KB of metadata per 1000 articles.
		(record.meta.date && record.kind !== 'zh' ? `<meta data-pagefind-sort="date[content]" content="${escapeText(record.meta.date)}">` : '') +
		Object.entries(record.filters)
			.map(([key, value]) => `<meta data-pagefind-filter="${key}[content]" content="${escapeText(value)}">`)
			.join('');
	const body = record.sections.map((s) => `<p id="${s.id}" data-pagefind-title="${escapeText(s.title)}">${escapeText(s.text)}</p>`).join('\n');
	const language = SEARCH_BUNDLES.find((b) => b.name === record.kind)!.language;
	return `<!doctype html><html lang="${language}"><head>${head}</head><body data-pagefind-filter="form:${record.kind}">\n${body}\n</body></html>`;
}
