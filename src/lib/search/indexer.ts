// Builds the search bundles in a worker thread, from the articles as the build assembled them, while the pages are written.
import { Worker } from 'node:worker_threads';
import type { SearchArticle } from './records.ts';

/** What was indexed, for the build's log. */
export interface IndexSummary {
	records: number;
	articles: number;
	/** From the articles' arrival to the bundles written. */
	milliseconds: number;
}

/** The message to the worker (indexer-worker.ts): the articles, and where to write their bundles. */
export interface IndexerMessage {
	articles: SearchArticle[];
	outDir: string;
}
export type IndexerReply = { done: IndexSummary } | { error: string };

/**
 * The edition's search indexing, started as soon as the build has its articles (collections.ts):
 * Pagefind indexes them and writes the bundles and the traditional map into `outDir` while Astro
 * writes the pages (into folders of their own), and the build awaits it at its end. The records
 * are made from the same aligned text the `aligned.json` downloads publish.
 */
export class SearchIndexer {
	readonly #outDir: string;
	#result: Promise<IndexSummary> | undefined;

	constructor(outDir: string) {
		this.#outDir = outDir;
	}

	/** Starts indexing the edition's articles and writing the bundles (once per build). */
	index(articles: SearchArticle[]): void {
		if (this.#result) throw new Error('The search index was given the articles twice in one build.');
		const worker = new Worker(new URL('./indexer-worker.ts', import.meta.url));
		this.#result = new Promise<IndexSummary>((resolve, reject) => {
			worker.on('message', (reply: IndexerReply) => ('done' in reply ? resolve(reply.done) : reject(new Error(reply.error))));
			worker.on('error', (error) => reject(new Error(`The search indexer stopped: ${error.stack ?? error.message}`)));
			worker.on('exit', (code) => reject(new Error(`The search indexer exited (code ${code}) before writing the index.`)));
		}).finally(() => worker.terminate());
		// Its failure is reported by finish(), which the build awaits.
		this.#result.catch(() => undefined);
		worker.postMessage({ articles, outDir: this.#outDir } satisfies IndexerMessage);
	}

	/** The bundles written: what was indexed. An edition whose pages never asked for the articles has none. */
	finish(): Promise<IndexSummary> {
		if (!this.#result) this.index([]);
		return this.#result!;
	}
}
