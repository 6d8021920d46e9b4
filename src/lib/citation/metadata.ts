// What harvesters read from an article page: Highwire, Dublin Core and PRISM tags, COinS, JSON-LD.
import type { Article } from '../article.ts';
import { formatDate } from '../dates.ts';
import { ui } from '../ui.ts';

/** What a page's metadata says about the version it describes: the original, or the translation. */
function described(article: Article, version: 'original' | 'translation') {
	const { original, translation } = article;
	const zh = version === 'original';
	return {
		zh,
		lang: zh ? ('zh-Hans' as const) : ('en' as const),
		/** The language as Highwire and COinS give it (ISO 639-1, as Google Scholar expects). */
		language: zh ? 'zh' : 'en',
		title: zh ? original.title : translation.title,
		newspaper: zh ? original.publication.zh : original.publication.en,
	};
}

/**
 * `<meta name content>` pairs Zotero, Google Scholar and other harvesters read: Highwire Press, Dublin
 * Core and PRISM. No `citation_journal_title`: it makes Zotero's Embedded Metadata translator save a
 * journal article whatever else the page says. The type comes from `DC.type` (newspaperArticle, a
 * Zotero item type its RDF import takes as is), the newspaper from `prism.publicationName`.
 */
export function harvesterMeta(article: Article, url: string, version: 'original' | 'translation'): [string, string][] {
	const { original } = article;
	const { zh, lang, language, title, newspaper } = described(article, version);
	return [
		['citation_title', title],
		...(original.author ? [['citation_author', original.author] as [string, string]] : []),
		['citation_publication_date', original.date.replaceAll('-', '/')],
		['citation_firstpage', String(original.page)],
		['citation_language', language],
		['citation_public_url', url],
		['DC.type', 'newspaperArticle'],
		['DC.title', title],
		['DC.date', original.date],
		['DC.language', lang],
		['DC.source', `${newspaper}, ${formatDate(original.date, lang)}, ${ui(lang).pageValue(original.page)}`],
		['prism.publicationName', newspaper],
		...(zh ? [] : [['DC.relation', `Translation of: ${original.title}`] as [string, string]]),
	];
}

/**
 * The OpenURL ContextObject of a COinS span (Z39.88-2004), which Zotero reads before the page's
 * meta tags. In the KEV Dublin Core format, whose `rft.type` names the item type (the journal format
 * could only give a journal article), for the version the view describes, in its language.
 */
export function coins(article: Article, url: string, version: 'original' | 'translation'): string {
	const { original } = article;
	const { language, title, newspaper } = described(article, version);
	const fields: [string, string][] = [
		['ctx_ver', 'Z39.88-2004'],
		['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
		['rft.type', 'newspaperArticle'],
		['rft.title', title],
		['rft.source', newspaper],
		['rft.date', original.date],
		['rft.spage', String(original.page)],
		['rft.language', language],
		['rft.identifier', url],
		...(original.author ? [['rft.creator', original.author] as [string, string]] : []),
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
