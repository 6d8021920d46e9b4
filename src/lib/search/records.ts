// The search records of an article: one small HTML document per form, paragraphs as sections.
import { pinyinSearchWords } from './pinyin.ts';
import { escapeText } from '../html.ts';
import { ui } from '../ui.ts';
import { openingKey } from './results.ts';

/** An article as the search index needs it: where it lives and its aligned paragraphs. */
export interface SearchArticle {
	slug: string;
	/** The parallel page's root-relative URL, without the site's base (Pagefind's `baseUrl` adds it). */
	url: string;
	title: { zh: string; en: string };
	paragraphs: { n: number; id: string; zh: string; en: string }[];
}

/** Which text of an article a record holds: the Chinese, the English, or the Chinese as pinyin. */
export type RecordKind = 'zh' | 'en' | 'pinyin';

/** One paragraph inside a record: Pagefind makes it a sub-result linking to `#id`. */
export interface RecordSection {
	id: string;
	title: string;
	text: string;
}

/**
 * One Pagefind record: an article in one form, indexed as a small HTML document (see recordHtml)
 * whose paragraphs are sections, so a hit lists the paragraphs it matched, each opening `#pN`.
 */
export interface SearchRecord {
	/** The bundle it goes to: Chinese needs Pagefind's segmentation, English and pinyin its stemming. */
	bundle: 'zh' | 'en';
	kind: RecordKind;
	url: string;
	meta: Record<string, string>;
	sections: RecordSection[];
}

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
		const record = (kind: RecordKind, text: (p: SearchArticle['paragraphs'][number]) => string): SearchRecord => {
			const meta: Record<string, string> = { title_zh: article.title.zh, title_en: article.title.en, article: article.slug, kind };
			if (kind === 'pinyin') for (const p of article.paragraphs) meta[openingKey(p.id)] = [...p.zh].slice(0, OPENING).join('');
			return {
				bundle: kind === 'zh' ? 'zh' : 'en',
				kind,
				// Pagefind keeps one record per URL, so the pinyin record's URL is told apart by a query
				// that the results list drops again (see groupByParagraph).
				url: kind === 'pinyin' ? `${article.url}?pinyin` : article.url,
				meta,
				sections: article.paragraphs.map((p) => ({ id: p.id, title: ui('en').paragraphNumber(p.n), text: text(p) })),
			};
		};
		return [record('zh', (p) => p.zh), record('en', (p) => p.en), record('pinyin', (p) => pinyinSearchWords(p.zh).join(' '))];
	});
}

/**
 * The HTML Pagefind indexes for a record: `<html lang>` picks the bundle's language processing;
 * meta comes from attributes (a `key:value` list would split at commas in titles); no `<title>` or
 * `<h1>`, which Pagefind would index, so every article would match its headline's words; the `form`
 * filter lets a query go to the original and translation or to the pinyin alone.
 */
export function recordHtml(record: SearchRecord): string {
	const head = Object.entries(record.meta)
		.map(([key, value]) => `<meta data-pagefind-meta="${key}[content]" content="${escapeText(value)}">`)
		.join('');
	const body = record.sections.map((s) => `<p id="${s.id}" data-pagefind-title="${escapeText(s.title)}">${escapeText(s.text)}</p>`).join('\n');
	return `<!doctype html><html lang="${record.bundle}"><head>${head}</head><body data-pagefind-filter="form:${record.kind}">\n${body}\n</body></html>`;
}
