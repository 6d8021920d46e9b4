// The plain-text, aligned JSON and TSV downloads of an article.
import type { Article } from '../article.ts';
import { alignedText } from './aligned-text.ts';

/** One language of an article as plain UTF-8 text: its paragraphs, exactly as on the page, a blank line between them. */
export function plainText(article: Article, lang: 'zh' | 'en'): string {
	return article.paragraphs.map((p) => (lang === 'zh' ? p.original.text : p.translation.text)).join('\n\n') + '\n';
}

const TSV_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * A TSV cell: TSV (IANA text/tab-separated-values) cannot hold a tab or a line break in a field, so,
 * as the linear TSV and PostgreSQL text formats do, a backslash is written `\\`, a tab `\t`, a line
 * feed `\n` and a carriage return `\r`; every other character is itself. See docs/data-formats.md.
 */
export function tsvCell(text: string): string {
	return text.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c]!);
}

/** A TSV table: the header, then the rows, each cell escaped (tsvCell). */
export function tsv(header: string[], rows: string[][]): string {
	return [header, ...rows].map((row) => row.map(tsvCell).join('\t')).join('\n') + '\n';
}

/** The aligned text as TSV: a header, then `n`, `id`, Chinese, English as received, and the English as the editors corrected it (empty where they did not). */
export function alignedTsv(article: Article): string {
	return tsv(['n', 'id', 'zh', 'en', 'en_corrected'], alignedText(article).map((p) => [String(p.n), p.id, p.zh, p.en, p.enCorrected ?? '']));
}
