// Services the build's integrations start and its pages use, handed over on the process's global object.
import type { CiteprocPool } from './citation/citeproc-pool.ts';
import type { Article } from './article.ts';
import type { SearchIndexer } from './search/indexer.ts';

/** What a build may provide: none in `astro dev` or unit tests, where pages do the work themselves. */
interface BuildServices {
	/** Renders citations in worker threads (citation/citeproc-pool.ts). */
	citeproc?: CiteprocPool;
	/** Indexes the articles for search in a worker thread while the pages are written (search/indexer.ts). */
	searchIndexer?: SearchIndexer;
	/** Takes the assembled articles, whose DTS API is written at the end of the build (integrations/dts-api.ts). */
	dtsApi?: { articles(articles: Article[]): void };
}

// The pages are rendered from a bundle of their own, which shares no module with the integrations
// (they are loaded with the config): the global object is what both see.
const KEY = Symbol.for('edition.buildServices');

function services(): BuildServices {
	const global = globalThis as { [KEY]?: BuildServices };
	return (global[KEY] ??= {});
}

/** Provides a service to the running build (undefined withdraws it). */
export function provideBuildService<K extends keyof BuildServices>(name: K, service: BuildServices[K]): void {
	services()[name] = service;
}

/** The service the running build provides, if any. */
export function buildService<K extends keyof BuildServices>(name: K): BuildServices[K] {
	return services()[name];
}
