// Worker threads running citeproc, so a build renders its citations on the machine's other cores while it writes pages.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CitationRequest, RenderedStyle, StyleText } from './citeproc-run.ts';
import type { CslItem } from './record.ts';

/** What the build asks of the pool: a style (by fingerprint, with its text), the items and citations, and the rendering's digest. */
export interface CiteprocRequest {
	style: string;
	text: StyleText;
	/** The kept rendering's name (cache.ts): the worker keeps what it renders for the next build. */
	digest: string;
	items: CslItem[];
	citations: CitationRequest[];
	/** Named in an error, so a failing citation says which article it is. */
	label: string;
}

/** A job as sent to a worker: the style's text only with the first job of that style. */
export interface CiteprocJob extends Omit<CiteprocRequest, 'text' | 'label'> {
	id: number;
	text?: StyleText;
}

export type CiteprocReply = { id: number; rendered: RenderedStyle; error?: undefined } | { id: number; error: string; rendered?: undefined };

interface Waiting {
	request: CiteprocRequest;
	resolve: (rendered: RenderedStyle) => void;
	reject: (error: Error) => void;
}

interface Thread {
	worker: Worker;
	styles: Set<string>;
	running: Map<number, Waiting>;
}

/**
 * A pool of citeproc worker threads, started on first use. Each job is sent to a worker as soon as
 * it is asked, in turn (the build's own thread may be busy for seconds, and a worker must not wait
 * for it to hand out the next); each worker runs its jobs in the order asked, so citations asked
 * ahead, article by article, are ready in the order the pages need them.
 */
export class CiteprocPool {
	readonly #size: number;
	readonly #threads: Thread[] = [];
	#next = 0;
	#failed: Error | undefined;

	constructor(size = Math.min(4, availableParallelism())) {
		this.#size = Math.max(1, size);
	}

	/** Renders with a worker; rejects with the article's label and citeproc's error when it fails. */
	render(request: CiteprocRequest): Promise<RenderedStyle> {
		if (this.#failed) return Promise.reject(this.#failed);
		return new Promise((resolve, reject) => this.#send({ request, resolve, reject }));
	}

	/** Stops the workers; jobs not yet rendered are refused. */
	async close(): Promise<void> {
		this.#fail(new Error('The citeproc pool was closed before these citations were rendered.'));
		await Promise.all(this.#threads.splice(0).map((thread) => thread.worker.terminate()));
	}

	#send(waiting: Waiting): void {
		if (this.#threads.length < this.#size) this.#start();
		const thread = this.#threads[this.#next % this.#threads.length]!;
		const id = this.#next++;
		const { text, label: _label, ...job } = waiting.request;
		const sent: CiteprocJob = { id, ...job, ...(thread.styles.has(job.style) ? {} : { text }) };
		thread.styles.add(job.style);
		thread.running.set(id, waiting);
		thread.worker.postMessage(sent);
		// A worker with work keeps the build's process alive; an idle one does not hold it open.
		thread.worker.ref();
	}

	#start(): void {
		const worker = new Worker(new URL('./citeproc-worker.ts', import.meta.url));
		const thread: Thread = { worker, styles: new Set(), running: new Map() };
		worker.on('message', (reply: CiteprocReply) => {
			const waiting = thread.running.get(reply.id);
			thread.running.delete(reply.id);
			if (!thread.running.size) worker.unref();
			if (waiting) {
				if (reply.error !== undefined) waiting.reject(new Error(`citeproc failed on the citations of ${waiting.request.label}: ${reply.error}`));
				else waiting.resolve(reply.rendered);
			}
		});
		worker.on('error', (error) => this.#fail(new Error(`A citeproc worker stopped: ${error.stack ?? error.message}`)));
		worker.on('exit', (code) => {
			if (thread.running.size) this.#fail(new Error(`A citeproc worker exited (code ${code}) with ${thread.running.size} citation(s) unrendered.`));
		});
		this.#threads.push(thread);
	}

	#fail(error: Error): void {
		this.#failed ??= error;
		const refused = this.#threads.flatMap((t) => [...t.running.values()]);
		for (const thread of this.#threads) thread.running.clear();
		for (const waiting of refused) waiting.reject(this.#failed);
	}
}
