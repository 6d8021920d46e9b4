// Build step: the Pagefind bundles (English, Chinese, pinyin) built from the articles' text.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { alignedPath, type CatalogueEntry } from '../lib/catalogue.ts';
import { articlePath } from '../lib/urls.ts';
import { recordHtml, searchRecords, type SearchArticle } from '../lib/search/records.ts';
import { traditionalMap } from '../lib/search/traditional-map.ts';
import { SEARCH_BUNDLES, TRADITIONAL_MAP_PATH } from '../lib/search/bundles.ts';

/**
 * Builds the search indexes after Astro has written the site: one Pagefind bundle for the English,
 * one for the Chinese and one for the Chinese as toneless pinyin (see SEARCH_BUNDLES), each holding
 * one record per article, because Pagefind segments Chinese and stems English only in an index of
 * that language. Records come from the build's own data downloads, so the index holds
 * exactly the published text. Also writes the traditional → simplified map the search page uses.
 */
export function searchIndex(): AstroIntegration {
	let indexing: Promise<void> | undefined;
	return {
		name: 'edition:search-index',
		hooks: {
			// Started as soon as the pages are written and awaited at the end: Pagefind's indexer, a
			// process of its own, works on the second core while Astro finishes and the other
			// integrations run (measured at 1000 articles in the closing note of #12).
			'astro:build:generated': ({ dir, logger }) => {
				indexing = writeSearchIndex(dir, logger);
				// Its failure is reported when it is awaited, by the build:done hook.
				indexing.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				await (indexing ?? writeSearchIndex(dir, logger));
			},
		},
	};
}

/** Writes the site's search bundles and traditional map, reading the published data under `dir`. */
async function writeSearchIndex(dir: URL, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const read = (path: string) => readFileSync(new URL(path.replace(/^\//, ''), dir), 'utf8');
	const catalogue = JSON.parse(read('articles.json')).articles as CatalogueEntry[];
	const articles: SearchArticle[] = catalogue.map((entry) => ({
		slug: entry.slug,
		// Root-relative: Pagefind's script puts the site's base (its `baseUrl`) in front.
		url: articlePath(entry.slug),
		title: entry.title,
		date: entry.date,
		page: entry.page,
		paragraphs: JSON.parse(read(alignedPath(entry.slug))),
	}));
	const records = searchRecords(articles);
	// Every record is sent at once, to all bundles: the indexer then works through them on its own
	// while this process writes the map and goes on with the rest of the build.
	const bundles = Promise.all(
		SEARCH_BUNDLES.map(async (bundle) => {
			const { index, errors } = await pagefind.createIndex({});
			if (!index) throw new Error(`Pagefind could not create the ${bundle.name} index: ${errors.join('; ')}`);
			const own = records.filter((r) => r.kind === bundle.name);
			const added = await Promise.all(own.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })));
			added.forEach((result, k) => {
				if (result.errors.length) throw new Error(`Pagefind refused ${own[k]!.url}: ${result.errors.join('; ')}`);
			});
			const written = await index.writeFiles({ outputPath: fileURLToPath(new URL(bundle.path, dir)) });
			if (written.errors.length) throw new Error(`Pagefind could not write ${bundle.path}: ${written.errors.join('; ')}`);
		}),
	);
	try {
		const corpus = articles.flatMap((a) => [a.title.zh, ...a.paragraphs.map((p) => p.zh)]).join('');
		const mapFile = new URL(TRADITIONAL_MAP_PATH, dir);
		mkdirSync(new URL('.', mapFile), { recursive: true });
		writeFileSync(mapFile, JSON.stringify(traditionalMap(corpus)));
		await bundles;
	} finally {
		await bundles.catch(() => undefined);
		await pagefind.close();
	}
	logger.info(`${records.length} records from ${articles.length} article(s) indexed in ${Math.round(performance.now() - started)} ms`);
}
