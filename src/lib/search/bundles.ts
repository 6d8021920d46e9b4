// Where the search indexes are published, and which records each holds.

/**
 * The Pagefind bundles, relative to the site's base. `language` is the one Pagefind processes the
 * bundle's text in: Chinese is segmented; the English and the pinyin are `und` (undetermined), which
 * Pagefind splits into words and does not stem, so its WebAssembly is the one without a stemmer
 * (`wasm.unknown`, 4.4 KB smaller than `wasm.en`): the English record and query are stemmed by the
 * edition itself (see wordStems), and pinyin needs no stemming. The pinyin has a bundle of its own,
 * so that an English query never fetches the pinyin's index (8 of the English bundle's 11 KB); the
 * search page merges it into the English bundle (Pagefind's mergeIndex, which shares that bundle's
 * script and WebAssembly, so both are in one language) only when a query could be pinyin.
 */
export const SEARCH_BUNDLES = [
	{ name: 'en', language: 'und', path: 'pagefind-en/' },
	{ name: 'zh', language: 'zh', path: 'pagefind-zh/' },
	{ name: 'pinyin', language: 'und', path: 'pagefind-pinyin/' },
] as const;

/**
 * What Pagefind writes into every bundle that no page of the edition loads: its own search interfaces
 * (scripts, and stylesheets without a content hash), its highlighter (the edition marks matches
 * itself) and its web worker (the search asks for none: noWorker in edition-search.ts). The indexer
 * deletes them as each bundle is written, so the edition publishes only what it serves (1.3 MB
 * less) and every stylesheet it publishes is hashed under /_astro/ (tests/dist/stylesheets.test.ts;
 * tests/unit/search-indexer.test.ts holds each bundle to what the search reads).
 */
export const PAGEFIND_UNUSED_FILES = [
	'pagefind-ui.js',
	'pagefind-ui.css',
	'pagefind-modular-ui.js',
	'pagefind-modular-ui.css',
	'pagefind-component-ui.js',
	'pagefind-component-ui.css',
	'pagefind-highlight.js',
	'pagefind-worker.js',
] as const;

/** A bundle's name, which is also the kind of the records it holds (see records.ts). */
export type SearchBundle = (typeof SEARCH_BUNDLES)[number]['name'];

/** Where the traditional → simplified map for queries is published, relative to the base. */
export const TRADITIONAL_MAP_PATH = 'search/traditional.json';

/**
 * Pagefind's ranking for the Chinese bundle: no weight for how often, how closely or in how long a
 * record a character occurs. Each Chinese record holds a character once, so every article that has
 * the query's characters scores the same and they come in the order they were indexed: by date.
 */
export const CHINESE_RANKING = { termFrequency: 0, termSimilarity: 0, pageLength: 0, termSaturation: 0 };
