/** The search bundles, relative to the site's base: English (with pinyin) first, as it carries the stemmer. */
export const SEARCH_BUNDLES = [
	{ language: 'en', path: 'pagefind-en/' },
	{ language: 'zh', path: 'pagefind-zh/' },
] as const;

/** Where the traditional → simplified map for queries is published, relative to the base. */
export const TRADITIONAL_MAP_PATH = 'search/traditional.json';
