// Services the build's integrations start and its pages use, and the edition's loading told to them, on the process's global object.
import type { CiteprocPool } from './citation/citeproc-pool.ts';
import type { Article } from './article.ts';
import type { RecordedArticle } from './citation/record.ts';
import type { SearchArticle } from './search/records.ts';

/** What a build may provide: none in `astro dev` or unit tests, where pages do the work themselves. */
interface BuildServices {
	/** Renders citations in worker threads (citation/citeproc-pool.ts). */
	citeproc?: CiteprocPool;
	/** What the integrations do once the pages' bundle has loaded the edition, by integration (see EditionListener). */
	listeners?: Record<string, EditionListener>;
}

/**
 * The edition as the pages' bundle loads it (collections.ts), with the functions of that bundle an
 * integration may need: the pages share these modules' caches, which the integrations' copies do not.
 */
export interface LoadedSources {
	/** Each article's record, in publication order, before the articles are assembled. */
	records: RecordedArticle[];
	/** Renders an article's citations into the cache the pages read (citation/citations.ts). */
	citationsReady(article: RecordedArticle): Promise<void>;
}

/** The assembled articles, and what the search reads of each (search/records.ts). */
export interface LoadedArticles {
	articles: Article[];
	searchArticle(article: Article): SearchArticle;
	/** Settles when every listener's work on the sources (citations rendered ahead) has. */
	sourcesDone: Promise<unknown>;
}

/** What an integration does when the edition is loaded: each returns at once; work it starts runs on. */
export interface EditionListener {
	sources?(loaded: LoadedSources): Promise<unknown> | void;
	articles?(loaded: LoadedArticles): void;
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

/** Has `listener` told of the edition as the build loads it (undefined withdraws it). */
export function listenToEdition(name: string, listener: EditionListener | undefined): void {
	const listeners = (services().listeners ??= {});
	if (listener) listeners[name] = listener;
	else delete listeners[name];
}

/** Tells the listening integrations of the loaded sources; settles when the work they started on them has. */
export function sourcesLoaded(loaded: LoadedSources): Promise<unknown> {
	return Promise.allSettled(Object.values(services().listeners ?? {}).map((l) => l.sources?.(loaded)));
}

/** Tells the listening integrations of the assembled articles. */
export function articlesLoaded(loaded: LoadedArticles): void {
	for (const listener of Object.values(services().listeners ?? {})) listener.articles?.(loaded);
}

/** The service the running build provides, if any. */
export function buildService<K extends keyof BuildServices>(name: K): BuildServices[K] {
	return services()[name];
}
