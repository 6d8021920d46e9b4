// The plain-text, aligned JSON and TSV downloads of an article.
import type { Article } from '../article.ts';

/** One language of an article as plain UTF-8 text: its paragraphs, exactly as on the page, a blank line between them. */
export function plainText(article: Article, lang: 'zh' | 'en'): string {
	return article.paragraphs.map((p) => (lang === 'zh' ? p.original.text : p.translation.text)).join('\n\n') + '\n';
}

/** The aligned text as TSV: a header, then `n`, `id`, Chinese and English per paragraph. */
export function alignedTsv(article: Article): string {
	const rows = article.paragraphs.map((p) => [String(p.n), p.id, p.original.text, p.translation.text]);
	for (const row of rows) {
		// A tab or line break inside a paragraph would shift the columns; the sources cannot hold one,
		// and if they ever did the build must stop rather than publish a broken table.
		if (row.some((cell) => /[\t\r\n]/.test(cell))) throw new Error(`${article.slug}#${row[1]}: a tab or line break cannot go into TSV`);
	}
	return [['n', 'id', 'zh', 'en'], ...rows].map((row) => row.join('\t')).join('\n') + '\n';
}
