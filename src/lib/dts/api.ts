// The edition as a static DTS 1.0 API (Distributed Text Services, Level 1): the Entry, Collection,
// Navigation and Document responses for every article, ranges included, as files under <base>api/dts/.
import type { Article } from '../article.ts';
import { passageTEI, versionTEI, type TeiEdition } from '../downloads/tei.ts';
import { collectionAnswers, json, namedResource, resourceId, type DtsSite } from './collections.ts';
import { DTS_CONTEXT, DTS_VERSION, navigationAnswers } from './navigation.ts';
import { citationTree, unitRanges } from './units.ts';
import { DTS_ENTRY, DTS_FOLDER, dtsUrls } from './urls.ts';

export { DTS_ENTRY, DTS_FOLDER, type DtsSite };

/** A URL of the API as the path of its file under api/dts/. */
const under = (site: DtsSite) => ([url, content]: [string, string]): [string, string] => [url.slice(`${site.site}${DTS_FOLDER}`.length), content];

/**
 * The files that describe the whole edition, as [path under api/dts/, content]: the Entry and the
 * Collections (the edition, by year, by article, each version a Resource; each by its members and
 * by its parents).
 */
export function* editionFiles(articles: Article[], site: DtsSite): Generator<[string, string]> {
	const urls = dtsUrls(site.site);
	yield [DTS_ENTRY, json({ '@context': DTS_CONTEXT, dtsVersion: DTS_VERSION, '@id': urls.entry, '@type': 'EntryPoint', collection: urls.collectionTemplate, navigation: urls.navigationTemplate, document: urls.documentTemplate })];
	yield* collectionAnswers(articles, site, urls).map(under(site));
}

/**
 * The files of an article's two Resources: each one's Navigation answers (navigation.ts) and the
 * Document of the whole Resource, of each paragraph and sentence, and of each range (units.ts).
 */
export function* articleFiles(article: Article, site: DtsSite): Generator<[string, string]> {
	const urls = dtsUrls(site.site);
	const at = under(site);
	const tei: TeiEdition = { name: site.edition.name, licence: site.edition.licence, parallel: `${site.site}articles/${article.slug}/` };
	for (const lang of ['zh', 'en'] as const) {
		const id = resourceId(article, lang);
		const tree = citationTree(article, lang, site.site);
		// Navigation answers name their Resource by what the spec requires of it (its record is one request away).
		yield* navigationAnswers(id, namedResource(id, urls), tree, urls).map(at);
		yield at([urls.document(id), versionTEI(article, lang, tei, site.built)]);
		for (const unit of tree.flatMap((t) => [t.paragraph, ...t.sentences])) yield at([urls.document(id, unit.identifier), passageTEI(article, lang, unit.identifier, tei, site.built)!]);
		for (const { start, end } of unitRanges(tree)) yield at([urls.document(id, start.identifier, end.identifier), passageTEI(article, lang, start.identifier, tei, site.built, end.identifier)!]);
	}
}
