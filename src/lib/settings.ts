// The edition's settings from the environment, read in this one place: the build, its integrations
// and the editor's tools ask here (README, Deploying, lists them).
import { join, resolve } from 'node:path';

type Env = Record<string, string | undefined>;

/** Where `npm start` builds the edition for http://localhost:4321 and `npm run preview` serves it: never deployed. */
export const PREVIEW_DIR = '.preview';

/** Every setting a build or tool reads, with its default, from `env` (the process's by default). */
export function settings(env: Env = process.env) {
	return {
		/** SITE_URL: the public address a build writes into canonical links, citations and feeds (required to build; see require-site-url.ts). */
		siteUrl: env.SITE_URL || undefined,
		/** BASE_PATH: the sub-path the edition is served under, `/` at a domain's root. */
		basePath: env.BASE_PATH || '/',
		/** OUT_DIR: where the build writes the site. */
		outDir: env.OUT_DIR || './dist',
		/** Whether OUT_DIR was given: if not, the editor's tools read the newer of dist/ and .preview/ (last-build.ts). */
		outDirGiven: Boolean(env.OUT_DIR),
		/** EDITION_CONTENT_DIR: the folder of article sources, `content/` by default (tests and benchmarks build others). */
		contentDir: resolve(env.EDITION_CONTENT_DIR || 'content'),
		/** EDITION_CACHE_DIR: Astro's cache and the rendered citations, for builds of other content folders; undefined: Astro's own. */
		cacheDir: env.EDITION_CACHE_DIR || undefined,
		/** Where rendered citations are kept between builds. */
		citationCacheDir: join(env.EDITION_CACHE_DIR || join('node_modules', '.astro'), 'citations'),
		/** EDITION_STRICT=1: an unpaired paragraph fails the build instead of being published by paragraph. */
		strict: env.EDITION_STRICT === '1',
		/** SEARCH_SHARDS: the base paths of every shard whose search index the search page merges (comma-separated). */
		searchShards: env.SEARCH_SHARDS,
		/** SOURCE_DATE_EPOCH: the build's date for reproducible builds (seconds since 1970); undefined: today. */
		sourceDateEpoch: env.SOURCE_DATE_EPOCH ? Number(env.SOURCE_DATE_EPOCH) : undefined,
	};
}
