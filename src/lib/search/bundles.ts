// Where the search indexes are published, and which records each holds.

/**
 * The Pagefind bundles, relative to the site's base. `language` is the one Pagefind processes the
 * bundle's text in (English stems, Chinese segments). The pinyin has a bundle of its own, in English
 * processing like today's pinyin, so that an English query never fetches the pinyin's index (8 of the
 * English bundle's 11 KB); the search page merges it into the English bundle (Pagefind's mergeIndex,
 * which shares that bundle's script and WebAssembly) only when a query could be pinyin.
 */
export const SEARCH_BUNDLES = [
	{ name: 'en', language: 'en', path: 'pagefind-en/' },
	{ name: 'zh', language: 'zh', path: 'pagefind-zh/' },
	{ name: 'pinyin', language: 'en', path: 'pagefind-pinyin/' },
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
