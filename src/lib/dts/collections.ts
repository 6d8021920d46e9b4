// The Collection endpoint's answers: the edition, its years, its articles and their two versions, each by its members and by its parents.
import type { Article } from '../article.ts';
import { DTS_CONTEXT, DTS_VERSION } from './navigation.ts';
import type { DtsUrls } from './urls.ts';

type Lang = 'zh' | 'en';
const LANGUAGE: Record<Lang, string> = { zh: 'zh-Hans', en: 'en' };
/** The root collection's identifier. */
const ROOT = 'edition';

/** Where the API is published and what its documents say of the edition. */
export interface DtsSite {
	/** Absolute URL of the site's base, ending in `/`. */
	site: string;
	/** The edition's name (the resources' publisher) and licence, for the TEI. */
	edition: { name: string; licence: { name: string; url: string } };
	/** The build's date, as the TEI header gives it. */
	built: string;
}

/** The citation tree every Resource declares: paragraphs, then sentences. */
const CITATION_TREES = [
	{ '@type': 'CitationTree', citeStructure: [{ '@type': 'CiteStructure', citeType: 'paragraph', citeStructure: [{ '@type': 'CiteStructure', citeType: 'sentence' }] }] },
];

export const resourceId = (article: Article, lang: Lang) => `${article.slug}.${lang}`;

/** What the spec requires of a Resource wherever it is named: its identity, its endpoints' templates with it filled in, its citation trees. */
export function namedResource(id: string, urls: DtsUrls) {
	return {
		'@id': id,
		'@type': 'Resource',
		collection: urls.collectionOf(id),
		navigation: urls.navigationTemplate.replace('{resource}', id),
		document: urls.documentTemplate.replace('{resource}', id),
		citationTrees: CITATION_TREES,
	};
}

/** A version of an article as a DTS Resource, with its Dublin Core record and its endpoints' templates. */
export function resource(article: Article, lang: Lang, site: DtsSite, urls: DtsUrls) {
	const id = resourceId(article, lang);
	const other = resourceId(article, lang === 'zh' ? 'en' : 'zh');
	const { original, translation } = article;
	const title = lang === 'zh' ? original.title : translation.title;
	const { collection, navigation, document, citationTrees } = namedResource(id, urls);
	return {
		'@id': id,
		'@type': 'Resource',
		title,
		totalParents: 1,
		totalChildren: 0,
		description: lang === 'zh' ? `The Chinese original, ${original.publication.en}, ${original.date}, page ${original.page}.` : `The English translation of “${original.title}”.`,
		dublinCore: {
			title: [{ lang: LANGUAGE[lang], value: title }],
			language: [LANGUAGE[lang]],
			date: original.date,
			publisher: [site.edition.name],
			source: [`${original.publication.zh} (${original.publication.en}), ${original.date}, page ${original.page}`],
			...(lang === 'zh' ? { hasVersion: [urls.collection(other)] } : { isVersionOf: [urls.collection(other)] }),
			...(lang === 'zh' && original.author ? { creator: [original.author] } : {}),
			...(lang === 'en' && translation.translator ? { contributor: [translation.translator] } : {}),
			isPartOf: [urls.collection(article.slug)],
		},
		collection,
		navigation,
		document,
		download: `${site.site}articles/${article.slug}/tei.xml`,
		mediaTypes: ['application/tei+xml'],
		citationTrees,
	};
}

/** A collection as a member of another: its identity, size and Collection template. */
function collectionMember(id: string, title: string, parents: number, children: number, urls: DtsUrls) {
	return { '@id': id, '@type': 'Collection', title, totalParents: parents, totalChildren: children, collection: urls.collectionOf(id) };
}

// Compact: machines read it, and at 1000 articles the API is some hundreds of thousands of files.
export const json = (value: unknown) => JSON.stringify(value) + '\n';

/**
 * Every Collection answer, as [URL, JSON]: for the edition (also the endpoint without an id), each
 * year, each article and each of its two versions, the answer by its members (without `nav`, and
 * `nav=children`, the default) and by its parents (`nav=parents`: the same record, its `member` the
 * collections it is part of; the edition's is empty).
 */
export function* collectionAnswers(articles: Article[], site: DtsSite, urls: DtsUrls): Generator<[string, string]> {
	const answers = function* (id: string, record: object, parents: object[], root = false): Generator<[string, string]> {
		const children = json({ '@context': DTS_CONTEXT, dtsVersion: DTS_VERSION, '@id': id, ...record });
		for (const at of root ? [undefined, id] : [id]) {
			yield [urls.collection(at), children];
			yield [urls.collection(at, 'children'), children];
			yield [urls.collection(at, 'parents'), json({ '@context': DTS_CONTEXT, dtsVersion: DTS_VERSION, '@id': id, ...record, member: parents })];
		}
	};
	const byYear = Map.groupBy(articles, (a) => a.original.date.slice(0, 4));
	const years = [...byYear.keys()].sort();
	const inYear = (year: string) => byYear.get(year)!;
	const edition = {
		'@type': 'Collection',
		title: site.edition.name,
		description: 'People’s Daily articles, each as its Chinese original and its English translation, by year of publication.',
		totalParents: 0,
		totalChildren: years.length,
		collection: urls.collectionTemplate,
	};
	yield* answers(ROOT, { ...edition, member: years.map((year) => collectionMember(year, year, 1, inYear(year).length, urls)) }, [], true);
	const editionMember = collectionMember(ROOT, edition.title, 0, years.length, urls);
	for (const year of years) {
		const record = { '@type': 'Collection', title: year, totalParents: 1, totalChildren: inYear(year).length, collection: urls.collectionOf(year) };
		yield* answers(year, { ...record, member: inYear(year).map((a) => collectionMember(a.slug, `${a.original.title} · ${a.translation.title}`, 1, 2, urls)) }, [editionMember]);
	}
	for (const article of articles) {
		const year = article.original.date.slice(0, 4);
		const title = `${article.original.title} · ${article.translation.title}`;
		const record = { '@type': 'Collection', title, dublinCore: { date: article.original.date, language: ['zh-Hans', 'en'] }, totalParents: 1, totalChildren: 2, collection: urls.collectionOf(article.slug) };
		const versions = (['zh', 'en'] as const).map((lang) => resource(article, lang, site, urls));
		yield* answers(article.slug, { ...record, member: versions }, [collectionMember(year, year, 1, inYear(year).length, urls)]);
		const articleMember = collectionMember(article.slug, title, 1, 2, urls);
		for (const version of versions) yield* answers(version['@id'], version, [articleMember]);
	}
}
