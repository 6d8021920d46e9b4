import { pinyinSearchWords } from './pinyin.ts';

/** An article as the search index needs it: where it lives and its aligned paragraphs. */
export interface SearchArticle {
	slug: string;
	/** The parallel page's root-relative URL, without the site's base (Pagefind's `baseUrl` adds it). */
	url: string;
	title: { zh: string; en: string };
	paragraphs: { n: number; id: string; zh: string; en: string }[];
}

/** Which text of a paragraph a record holds: the Chinese, the English, or the Chinese as pinyin. */
export type RecordKind = 'zh' | 'en' | 'pinyin';

/** One Pagefind record: a paragraph in one form, whose result opens the paragraph on the parallel page. */
export interface SearchRecord {
	/** The bundle it goes to: Chinese needs Pagefind's segmentation, English and pinyin its stemming. */
	bundle: 'zh' | 'en';
	url: string;
	content: string;
	meta: Record<string, string>;
	/** `form`: which text the record holds, so a query can be sent to the original and translation or to the pinyin alone. */
	filters: { form: [RecordKind] };
}

function form(kind: RecordKind): { form: [RecordKind] } {
	return { form: [kind] };
}

/**
 * Every paragraph becomes up to three records: its Chinese, its English, and its Chinese as toneless
 * pinyin. Each links to `#pN` on the parallel page and carries what the results list shows
 * (article titles, paragraph number), so a hit needs no second request to be displayed.
 */
export function searchRecords(articles: SearchArticle[]): SearchRecord[] {
	return articles.flatMap((article) =>
		article.paragraphs.flatMap((p) => {
			// No `title` key: Pagefind would index it, and every paragraph would match the headline's words.
			const meta = (kind: RecordKind) => ({
				title_zh: article.title.zh,
				title_en: article.title.en,
				article: article.slug,
				n: String(p.n),
				kind,
			});
			const url = `${article.url}#${p.id}`;
			return [
				{ bundle: 'zh' as const, url, content: p.zh, meta: meta('zh'), filters: form('zh') },
				{ bundle: 'en' as const, url, content: p.en, meta: meta('en'), filters: form('en') },
				// The pinyin record's excerpt would be pinyin; the results list shows the paragraph's
				// Chinese opening instead, so pinyin stays out of sight.
				// Pagefind keeps one record per URL, so the pinyin record's URL is told apart by a query
				// that the results list drops again (see groupByParagraph).
				{
					bundle: 'en' as const,
					url: `${article.url}?pinyin#${p.id}`,
					content: pinyinSearchWords(p.zh).join(' '),
					meta: { ...meta('pinyin'), zh: [...p.zh].slice(0, 60).join('') },
					filters: form('pinyin'),
				},
			];
		}),
	);
}
