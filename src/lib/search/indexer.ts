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

/** A message to the worker (indexer-worker.ts): the articles, once; then where to write. */
export type IndexerMessage = { articles: SearchArticle[] } | { write: string };
export type IndexerReply = { done: IndexSummary } | { error: string };

/**
 * The edition's search indexing, started as soon as the build has its articles (collections.ts) and
 * finished at its end: Pagefind's indexer works on another core while Astro writes the pages.
 * The records are made from the same aligned text the `aligned.json` downloads publish.
 */
export class SearchIndexer {
	#worker: Worker | undefined;
	#result: Promise<IndexSummary> | undefined;
	#given = false;

	/** Starts indexing the edition's articles (once per build). */
	index(articles: SearchArticle[]): void {
		if (this.#given) throw new Error('The search index was given the articles twice in one build.');
		this.#given = true;
		this.#start().postMessage({ articles } satisfies IndexerMessage);
	}

	/** Writes the bundles and the traditional map into `outDir` once the articles are indexed. */
	finish(outDir: string): Promise<IndexSummary> {
		const worker = this.#start();
		// An edition whose pages never asked for the articles has none to index.
		if (!this.#given) this.index([]);
		worker.postMessage({ write: outDir } satisfies IndexerMessage);
		return this.#result!.finally(() => worker.terminate());
	}

	#start(): Worker {
		if (this.#worker) return this.#worker;
		const worker = new Worker(new URL('./indexer-worker.ts', import.meta.url));
		this.#result = new Promise((resolve, reject) => {
			worker.on('message', (reply: IndexerReply) => ('done' in reply ? resolve(reply.done) : reject(new Error(reply.error))));
			worker.on('error', (error) => reject(new Error(`The search indexer stopped: ${error.stack ?? error.message}`)));
			worker.on('exit', (code) => reject(new Error(`The search indexer exited (code ${code}) before writing the index.`)));
		});
		// Its failure is reported by finish(), which the build awaits.
		this.#result.catch(() => undefined);
		return (this.#worker = worker);
	}
}
