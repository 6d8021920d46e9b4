// The catalogue of articles published as /articles.json.
import type { Article } from './article.ts';
import { correctedText } from './paragraph/layers/corrections.ts';
import { downloadPath } from './downloads/files.ts';
import { jsonText } from './json-text.ts';
import { articlePath, withBase } from './urls.ts';

/** One article's entry in the edition's catalogue (`/articles.json`). */
export interface CatalogueEntry {
	slug: string;
	url: string;
	title: { zh: string; en: string };
	date: string;
	publication: { zh: string; en: string };
	page: number;
	paragraphs: number;
	aligned: string;
}

/** The catalogue entry of an article, with URLs under the site's base. */
export function catalogueEntry(article: Article, base?: string): CatalogueEntry {
	return {
		slug: article.slug,
		url: withBase(articlePath(article.slug), base),
		title: { zh: article.original.title, en: article.translation.title },
		date: article.original.date,
		publication: article.original.publication,
		page: article.original.page,
		paragraphs: article.paragraphs.length,
		aligned: withBase(downloadPath(article.slug, 'json'), base),
	};
}

/** A paragraph as aligned data: both texts as received, and the English as the editors corrected it where they did. */
export interface AlignedRow {
	n: number;
	id: string;
	zh: string;
	en: string;
	enCorrected?: string;
}

/** An article's text as aligned data: `[{ n, id, zh, en, enCorrected? }]`, character for character as on the page. */
export function alignedText(article: Article): AlignedRow[] {
	return article.paragraphs.map((p) => {
		const row: AlignedRow = { n: p.n, id: p.id, zh: p.original.text, en: p.translation.text };
		if (p.layers.corrections.length) row.enCorrected = correctedText(p.translation.text, p.layers.corrections);
		return row;
	});
}

/** Serialises data the way every JSON download is written: tab-indented, newline-terminated. */
export function jsonResponse(data: unknown): Response {
	return new Response(jsonText(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
