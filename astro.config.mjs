// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from './src/lib/markdown/options.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { cspPerPage } from './src/integrations/csp-per-page.ts';
import { requireSiteUrl } from './src/integrations/require-site-url.ts';
import { citeprocWorkers } from './src/integrations/citeproc-workers.ts';
import { noPreloadHelper } from './src/integrations/no-preload-helper.ts';
import { dtsApi } from './src/integrations/dts-api.ts';
import { offlineReleaseFiles } from './src/integrations/offline-release.ts';
import sitemap from '@astrojs/sitemap';
import { listedInSitemap, withAlternates } from './src/lib/sitemap.ts';
import { currentRelease } from './src/lib/releases.ts';
import { settings } from './src/lib/settings.ts';

// Where the edition is published comes from the environment, so one build serves a domain root
// (BASE_PATH unset) or a sub-path such as GitHub Pages (BASE_PATH=/edition/). A build must be told
// SITE_URL (requireSiteUrl); `npm start` and the tests give the local one, http://localhost:4321.
const { siteUrl, basePath, outDir, cacheDir } = settings();

export default defineConfig({
	site: siteUrl || 'http://localhost:4321',
	base: basePath,
	outDir,
	// Test and benchmark builds of other content folders keep their own cache (and content store).
	...(cacheDir ? { cacheDir } : {}),
	trailingSlash: 'always',
	// Four pages in flight at once: one is rendered while others wait for their files to be written or
	// their citations (from the citeproc workers).
	build: { format: 'directory', concurrency: 4 },
	markdown: {
		processor: unified(markdownOptions),
		// Newspaper text has no code; Shiki would only add inline styles.
		syntaxHighlight: false,
	},
	// The sitemap's lastmod is the edition's latest release (its changelog), not the build's time.
	// The search index comes after those: Pagefind indexes while the pages are written, writes its
	// bundles while the CSP pass and the sitemap run, and is awaited only then. The offline release
	// (the service worker and its catalogue) is last: it hashes every file as published.
	integrations: [
		requireSiteUrl(),
		citeprocWorkers(),
		cspPerPage(),
		sitemap({ filter: listedInSitemap, serialize: withAlternates, lastmod: new Date(currentRelease().date) }),
		searchIndex(),
		dtsApi(),
		offlineReleaseFiles(),
	],
	// A strict Content-Security-Policy in a <meta> of every page: Astro hashes each inline script and
	// style; nothing may load from another origin. Pagefind compiles WebAssembly, which CSP allows
	// only with 'wasm-unsafe-eval' (it permits no JavaScript eval).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
	// The reading pages' small script goes to its own file: cached once for every page instead of
	// repeated in each, and never in the way of the first render (module scripts are deferred).
	// Its lazy parts load with plain import(), without Vite's preload helper (see no-preload-helper.ts).
	vite: { build: { assetsInlineLimit: 0 }, plugins: [noPreloadHelper()] },
	devToolbar: { enabled: false },
});
