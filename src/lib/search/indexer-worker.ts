// The search indexer's worker thread (indexer.ts): makes the records, feeds Pagefind, and writes the bundles and the traditional map.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { PAGEFIND_UNUSED_FILES, SEARCH_BUNDLES, TRADITIONAL_MAP_PATH } from './bundles.ts';
import type { IndexerMessage, IndexerReply } from './indexer.ts';
import { recordHtml, searchRecords, type SearchArticle } from './records.ts';
import { traditionalMap } from './traditional-map.ts';

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

let started = 0;
let articles: SearchArticle[] = [];
let indexing: Promise<{ bundle: (typeof SEARCH_BUNDLES)[number]; index: Index }[]> | undefined;
let records = 0;

/** Sends every record to its bundle's index at once: Pagefind's own process then works through them. */
async function indexAll(given: SearchArticle[]) {
	const all = searchRecords(given);
	records = all.length;
	return Promise.all(
		SEARCH_BUNDLES.map(async (bundle) => {
			const { index, errors } = await pagefind.createIndex({});
			if (!index) throw new Error(`Pagefind could not create the ${bundle.name} index: ${errors.join('; ')}`);
			const own = all.filter((r) => r.kind === bundle.name);
			const added = await Promise.all(own.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record) })));
			added.forEach((result, k) => {
				if (result.errors.length) throw new Error(`Pagefind refused ${own[k]!.url}: ${result.errors.join('; ')}`);
			});
			return { bundle, index };
		}),
	);
}

async function write(outDir: string): Promise<void> {
	try {
		const indexes = await indexing!;
		const bundles = Promise.all(
			indexes.map(async ({ bundle, index }) => {
				const outputPath = join(outDir, bundle.path);
				// Made here first: Pagefind 1.6 stops answering (its process panics) when it cannot make it.
				mkdirSync(outputPath, { recursive: true });
				const written = await index.writeFiles({ outputPath });
				if (written.errors.length) throw new Error(`Pagefind could not write ${bundle.path}: ${written.errors.join('; ')}`);
				for (const file of PAGEFIND_UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
			}),
		);
		// The map is made while Pagefind writes.
		const corpus = articles.flatMap((a) => [a.title.zh, ...a.paragraphs.map((p) => p.zh)]).join('');
		const mapFile = join(outDir, TRADITIONAL_MAP_PATH);
		mkdirSync(join(mapFile, '..'), { recursive: true });
		writeFileSync(mapFile, JSON.stringify(traditionalMap(corpus)));
		await bundles;
	} finally {
		await pagefind.close();
	}
}

parentPort!.on('message', (message: IndexerMessage) => {
	if ('articles' in message) {
		started = performance.now();
		articles = message.articles;
		indexing = indexAll(articles);
		// Reported when the bundles are written.
		indexing.catch(() => undefined);
		return;
	}
	write(message.write).then(
		() => parentPort!.postMessage({ done: { records, articles: articles.length, milliseconds: Math.round(performance.now() - started) } } satisfies IndexerReply),
		(error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies IndexerReply),
	);
});
