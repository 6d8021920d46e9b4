// The plain-text, aligned JSON and TSV downloads of an article.
import type { Article } from '../article.ts';

/** One language of an article as plain UTF-8 text: its paragraphs, exactly as on the page, a blank line between them. */
export function plainText(article: Article, lang: 'zh' | 'en'): string {
	return article.paragraphs.map((p) => (lang === 'zh' ? p.original.text : p.translation.text)).join('\n\n') + '\n';
}

/**
 * A TSV table of an article: the header, then the rows; `anchor` is the column holding each row's
 * anchor, for the message. A tab or line break inside a cell would shift the columns; the sources
 * cannot hold one, and if they ever did the build must stop rather than publish a broken table.
 */
export function tsv(article: Article, header: string[], rows: string[][], anchor: number): string {
	for (const row of rows) {
		if (row.some((cell) => /[\t\r\n]/.test(cell))) throw new Error(`${article.slug}#${row[anchor]}: a tab or line break cannot go into TSV`);
	}
	return [header, ...rows].map((row) => row.join('\t')).join('\n') + '\n';
}

/** The aligned text as TSV: a header, then `n`, `id`, Chinese and English per paragraph. */
export function alignedTsv(article: Article): string {
	return tsv(article, ['n', 'id', 'zh', 'en'], article.paragraphs.map((p) => [String(p.n), p.id, p.original.text, p.translation.text]), 1);
}
