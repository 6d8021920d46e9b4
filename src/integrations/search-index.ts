// Build step: the Pagefind bundles (English, Chinese, pinyin) and the traditional map, indexed while the pages are written.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listenToEdition } from '../lib/build-services.ts';
import { SearchIndexer, type IndexSummary } from '../lib/search/indexer.ts';

/**
 * Builds the search indexes: one Pagefind bundle for the English, one for the Chinese and one for
 * the Chinese as toneless pinyin (see SEARCH_BUNDLES), each holding one record per article, because
 * Pagefind segments Chinese only in an index of that language (the English is stemmed by the
 * edition, see wordStems). The indexer is
 * made when the build starts; the build hands it the articles once they are assembled and citeproc
 * has rendered their citations (collections.ts: the citations have the other cores first, since
 * the pages wait for them), so Pagefind works in a worker thread and its own process while Astro
 * writes the pages; the bundles are written when the pages are, and awaited at the end (measured at
 * 1000 and 5000 articles in docs/benchmarks.md).
 */
export function searchIndex(): AstroIntegration {
	let indexer: SearchIndexer | undefined;
	let writing: Promise<IndexSummary> | undefined;
	return {
		name: 'edition:search-index',
		hooks: {
			'astro:build:start': () => {
				indexer = new SearchIndexer();
				const started = indexer;
				// The index is built beside the pages, once citeproc is done with the other cores: the
				// pages wait for citations, never for the index.
				listenToEdition('searchIndex', {
					articles: ({ articles, searchArticle, sourcesDone }) => {
						const searched = articles.map(searchArticle);
						void sourcesDone.then(() => started.index(searched));
					},
				});
			},
			'astro:build:generated': ({ dir }) => {
				listenToEdition('searchIndex', undefined);
				writing = indexer!.finish(fileURLToPath(dir));
			},
			'astro:build:done': async ({ logger }) => {
				const { records, articles, milliseconds } = await writing!;
				logger.info(`${records} records from ${articles} article(s) indexed in ${milliseconds} ms`);
			},
		},
	};
}
