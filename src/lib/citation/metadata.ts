// What harvesters read from an article page: Highwire and Dublin Core tags, COinS, JSON-LD.
import type { Article } from '../article.ts';
import { formatDate } from '../dates.ts';
import { ui } from '../ui.ts';

/** `<meta name content>` pairs Zotero, Google Scholar and other harvesters read: Highwire Press and Dublin Core. */
export function harvesterMeta(article: Article, url: string, version: 'original' | 'translation'): [string, string][] {
	const { original, translation } = article;
	const zh = version === 'original';
	const lang = zh ? 'zh-Hans' : 'en';
	const title = zh ? original.title : translation.title;
	const journal = zh ? original.publication.zh : original.publication.en;
	const date = original.date.replaceAll('-', '/');
	return [
		['citation_title', title],
		...(original.author ? [['citation_author', original.author] as [string, string]] : []),
		['citation_publication_date', date],
		['citation_journal_title', journal],
		['citation_firstpage', String(original.page)],
		['citation_language', zh ? 'zh' : 'en'],
		['citation_public_url', url],
		['DC.title', title],
		['DC.date', original.date],
		['DC.language', zh ? 'zh-Hans' : 'en'],
		['DC.source', `${journal}, ${formatDate(original.date, lang)}, ${ui(lang).pageValue(original.page)}`],
		...(zh ? [] : [['DC.relation', `Translation of: ${original.title}`] as [string, string]]),
	];
}

/** The OpenURL ContextObject of a COinS span (Z39.88-2004): Zotero reads it from the page body. */
export function coins(article: Article, url: string): string {
	const { original } = article;
	const fields: [string, string][] = [
		['ctx_ver', 'Z39.88-2004'],
		['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
		['rft.genre', 'article'],
		['rft.atitle', original.title],
		['rft.jtitle', original.publication.zh],
		['rft.date', original.date],
		['rft.spage', String(original.page)],
		['rft_id', url],
	];
	return fields.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/** schema.org JSON-LD: the original and its translation as NewsArticles, linked both ways, and the breadcrumbs. */
export function jsonLd(article: Article, urls: { parallel: string; zh: string; en: string; home: string }): object {
	const { original, translation } = article;
	const publisher = { '@type': 'Organization', name: original.publication.zh, alternateName: original.publication.en };
	const originalId = `${urls.zh}#article`;
	const translationId = `${urls.en}#article`;
	return {
		'@context': 'https://schema.org',
		'@graph': [
		{
			'@type': 'NewsArticle',
			'@id': originalId,
			headline: original.title,
			inLanguage: 'zh-Hans',
			datePublished: original.date,
			publisher,
			pagination: String(original.page),
			url: urls.zh,
			workTranslation: { '@id': translationId },
		},
		{
			'@type': 'NewsArticle',
			'@id': translationId,
			headline: translation.title,
			inLanguage: 'en',
			url: urls.en,
			translationOfWork: { '@id': originalId },
			...(translation.translator ? { translator: { '@type': 'Person', name: translation.translator } } : {}),
		},
		{
			'@type': 'BreadcrumbList',
			itemListElement: [
				{ '@type': 'ListItem', position: 1, name: 'Articles', item: urls.home },
				{ '@type': 'ListItem', position: 2, name: original.title, item: urls.parallel },
			],
		},
		],
	};
}

/** Serialises JSON for a `<script type="application/ld+json">`, so no text in it can close the element. */
export function jsonForScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
