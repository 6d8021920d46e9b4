// The catalogue of articles published as /articles.json.
import type { Article } from './article.ts';
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

/** Serialises data the way every JSON download is written: tab-indented, newline-terminated. */
export function jsonResponse(data: unknown): Response {
	return new Response(jsonText(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
