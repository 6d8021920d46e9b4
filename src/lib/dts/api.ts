// The edition as a static DTS 1.0 API (Distributed Text Services, Level 0): the Entry, Collection,
// Navigation and Document responses for every article, as files under <base>api/dts/.
import type { AlignedParagraph, Article } from '../article.ts';
import { passageTEI, versionTEI, type TeiEdition } from '../downloads/tei.ts';

export const DTS_CONTEXT = 'https://dtsapi.org/context/v1.0.json';
export const DTS_VERSION = '1.0';
/** The API's folder under the site's base. */
export const DTS_FOLDER = 'api/dts/';
/** The Entry endpoint's file name in that folder: a JSON file of its own (a URL ending in / serves HTML). */
export const DTS_ENTRY = 'entry.json';

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

/** A CitableUnit of a Resource's citation tree: a paragraph (`p3`) or a sentence (`p3-s4`), named as the page anchors are. */
interface CitableUnit {
	identifier: string;
	'@type': 'CitableUnit';
	'@id': string;
	level: 1 | 2;
	parent: string | null;
	citeType: 'paragraph' | 'sentence';
}

/**
 * The templates and identifiers, one place: a Resource is an article's version (`<slug>.zh`,
 * `<slug>.en`), a Collection the edition (`edition`), a year (`1955`) or an article (`<slug>`). The
 * templates expand only to files this module writes (RFC 6570: `{/id}` is `/id`, `{;down}` is
 * `;down=1`, `{/ref}` is `/p3`).
 */
export function dtsUrls(site: string) {
	const api = `${site}${DTS_FOLDER}`;
	return {
		entry: `${api}${DTS_ENTRY}`,
		collectionTemplate: `${api}collection{/id}.json`,
		navigationTemplate: `${api}navigation/{resource}{;down}{/ref}.json`,
		documentTemplate: `${api}document/{resource}{/ref}.xml`,
		collection: (id?: string) => `${api}collection${id ? `/${id}` : ''}.json`,
		navigation: (resource: string, down?: number, ref?: string) => `${api}navigation/${resource}${down === undefined ? '' : `;down=${down}`}${ref ? `/${ref}` : ''}.json`,
		document: (resource: string, ref?: string) => `${api}document/${resource}${ref ? `/${ref}` : ''}.xml`,
	};
}

const resourceId = (article: Article, lang: Lang) => `${article.slug}.${lang}`;

/** The citation tree every Resource declares: paragraphs, then sentences. */
const CITATION_TREES = [
	{ '@type': 'CitationTree', citeStructure: [{ '@type': 'CiteStructure', citeType: 'paragraph', citeStructure: [{ '@type': 'CiteStructure', citeType: 'sentence' }] }] },
];

/** A version of an article as a DTS Resource, with its Dublin Core record and its endpoints' templates. */
function resource(article: Article, lang: Lang, site: DtsSite, urls: ReturnType<typeof dtsUrls>) {
	const id = resourceId(article, lang);
	const other = resourceId(article, lang === 'zh' ? 'en' : 'zh');
	const { original, translation } = article;
	const title = lang === 'zh' ? original.title : translation.title;
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
		collection: urls.collection(id),
		// The endpoints' templates with this Resource filled in.
		navigation: urls.navigationTemplate.replace('{resource}', id),
		document: urls.documentTemplate.replace('{resource}', id),
		download: `${site.site}articles/${article.slug}/tei.xml`,
		mediaTypes: ['application/tei+xml'],
		citationTrees: CITATION_TREES,
	};
}

/** A paragraph and its sentences as CitableUnits (an unpaired paragraph has no sentences). */
function units(article: Article, lang: Lang, p: AlignedParagraph, site: string): { paragraph: CitableUnit; sentences: CitableUnit[] } {
	const page = `${site}articles/${article.slug}/${lang}/`;
	// An unpaired paragraph's `sentences` are empty (article.ts, pairSentences).
	const sentences = p.original.sentences.map((_, i) => `${p.id}-s${i + 1}`);
	return {
		paragraph: { identifier: p.id, '@type': 'CitableUnit', '@id': `${page}#${p.id}`, level: 1, parent: null, citeType: 'paragraph' },
		sentences: sentences.map((identifier) => ({ identifier, '@type': 'CitableUnit', '@id': `${page}#${identifier}`, level: 2, parent: p.id, citeType: 'sentence' })),
	};
}

// Compact: machines read it, and at 1000 articles the API is 139,000 files.
const json = (value: unknown) => JSON.stringify(value) + '\n';
const top = (id: string) => ({ '@context': DTS_CONTEXT, dtsVersion: DTS_VERSION, '@id': id });

/** A collection as a member of another: its identity, size and address. */
function collectionMember(id: string, title: string, parents: number, children: number, urls: ReturnType<typeof dtsUrls>) {
	return { '@id': id, '@type': 'Collection', title, totalParents: parents, totalChildren: children, collection: urls.collection(id) };
}

/**
 * Every file of the API, as [path under api/dts/, content]: the Entry; the Collections (the edition,
 * by year, by article, each version a Resource); for each Resource the Navigation answers a client
 * asks for (down 1, 2 and -1 from the top; each paragraph without down and with down 1 and -1; each
 * sentence) and the Document of the whole Resource and of each paragraph and sentence.
 */
export function* dtsFiles(articles: Article[], site: DtsSite): Generator<[string, string]> {
	const urls = dtsUrls(site.site);
	const at = (url: string) => url.slice(`${site.site}${DTS_FOLDER}`.length);
	yield [DTS_ENTRY, json({ ...top(urls.entry), '@type': 'EntryPoint', collection: urls.collectionTemplate, navigation: urls.navigationTemplate, document: urls.documentTemplate })];

	const years = [...new Set(articles.map((a) => a.original.date.slice(0, 4)))].sort();
	const root = {
		...top(ROOT),
		'@type': 'Collection',
		title: site.edition.name,
		description: 'People’s Daily articles, each as its Chinese original and its English translation, by year of publication.',
		totalParents: 0,
		totalChildren: years.length,
		collection: urls.collectionTemplate,
		member: years.map((year) => collectionMember(year, `${year}`, 1, articles.filter((a) => a.original.date.startsWith(year)).length, urls)),
	};
	// The root is the Collection endpoint without an id, and under its own id.
	yield [at(urls.collection()), json(root)];
	yield [at(urls.collection(ROOT)), json(root)];
	for (const year of years) {
		const inYear = articles.filter((a) => a.original.date.startsWith(year));
		yield [
			at(urls.collection(year)),
			json({
				...top(year),
				'@type': 'Collection',
				title: year,
				totalParents: 1,
				totalChildren: inYear.length,
				collection: urls.collection(year),
				member: inYear.map((a) => collectionMember(a.slug, `${a.original.title} · ${a.translation.title}`, 1, 2, urls)),
			}),
		];
	}

	const tei: TeiEdition = { name: site.edition.name, licence: site.edition.licence, parallel: '' };
	for (const article of articles) {
		tei.parallel = `${site.site}articles/${article.slug}/`;
		const versions = (['zh', 'en'] as const).map((lang) => resource(article, lang, site, urls));
		yield [
			at(urls.collection(article.slug)),
			json({
				...top(article.slug),
				'@type': 'Collection',
				title: `${article.original.title} · ${article.translation.title}`,
				dublinCore: { date: article.original.date, language: ['zh-Hans', 'en'] },
				totalParents: 1,
				totalChildren: 2,
				collection: urls.collection(article.slug),
				member: versions,
			}),
		];
		for (const lang of ['zh', 'en'] as const) {
			const id = resourceId(article, lang);
			const described = versions[lang === 'zh' ? 0 : 1]!;
			yield [at(urls.collection(id)), json({ ...top(id), ...described, '@id': id })];
			// Navigation answers name their Resource by what the spec requires of it (its record is one request away).
			const named = { '@id': id, '@type': 'Resource', collection: described.collection, navigation: described.navigation, document: described.document, citationTrees: CITATION_TREES };
			const tree = article.paragraphs.map((p) => units(article, lang, p, site.site));
			const navigation = (down: number | undefined, ref: CitableUnit | undefined, member: CitableUnit[] | undefined) =>
				[
					at(urls.navigation(id, down, ref?.identifier)),
					json({ ...top(urls.navigation(id, down, ref?.identifier)), '@type': 'Navigation', resource: named, ...(ref && { ref }), ...(member && { member }) }),
				] as [string, string];
			const paragraphs = tree.map((t) => t.paragraph);
			const everything = tree.flatMap((t) => [t.paragraph, ...t.sentences]);
			yield navigation(1, undefined, paragraphs);
			yield navigation(2, undefined, everything);
			yield navigation(-1, undefined, everything);
			for (const { paragraph, sentences } of tree) {
				yield navigation(undefined, paragraph, undefined);
				// The paragraph and its sentences, as the spec's examples list a ref's subtree (an unpaired
				// paragraph has none: the member list then holds the paragraph alone).
				yield navigation(1, paragraph, [paragraph, ...sentences]);
				yield navigation(-1, paragraph, [paragraph, ...sentences]);
				for (const sentence of sentences) yield navigation(undefined, sentence, undefined);
			}
			yield [at(urls.document(id)), versionTEI(article, lang, tei, site.built)];
			for (const unit of everything) yield [at(urls.document(id, unit.identifier)), passageTEI(article, lang, unit.identifier, tei, site.built)!];
		}
	}
}
