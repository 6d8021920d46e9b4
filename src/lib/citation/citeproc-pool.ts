// Worker threads running citeproc, so a build renders its citations on the machine's other cores while it writes pages.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CitationRequest, RenderedStyle, StyleText } from './citeproc-run.ts';
import type { CslItem } from './record.ts';

/** What the build asks of the pool: a style (by fingerprint, with its text), the items and citations, and the cache key. */
export interface CiteprocRequest {
	/** The rendering's name in this build (the digest of its key), by which the build can take the job back (steal). */
	digest: string;
	style: string;
	text: StyleText;
	/** The kept rendering's key (cache.ts): the worker keeps what it renders for the next build. */
	key: unknown;
	items: CslItem[];
	citations: CitationRequest[];
	/** Named in an error, so a failing citation says which article it is. */
	label: string;
}

/** A job as sent to a worker: the style's text only with the first job of that style. */
export interface CiteprocJob extends Omit<CiteprocRequest, 'text' | 'label' | 'digest'> {
	id: number;
	text?: StyleText;
}

export type CiteprocReply =
	| { id: number; rendered: RenderedStyle; error?: undefined; skipped?: undefined }
	| { id: number; error: string; rendered?: undefined; skipped?: undefined }
	/** The build's thread took the job first (steal). */
	| { id: number; skipped: true; rendered?: undefined; error?: undefined };

/** A job's claim, in memory the build's thread and the workers share: whoever sets it first renders the job. */
export const UNCLAIMED = 0;

/** The claims, one Int32 per job id, in a buffer that grows as jobs are asked (workers see it grow). */
function claimsBuffer(): SharedArrayBuffer {
	return new SharedArrayBuffer(4096, { maxByteLength: 4 * 2 ** 24 });
}

interface Waiting {
	request: CiteprocRequest;
	resolve: (rendered: RenderedStyle) => void;
	reject: (error: Error) => void;
}

interface Pending {
	id: number;
	thread: Thread;
	waiting: Waiting;
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
	readonly #claims = claimsBuffer();
	readonly #pending = new Map<string, Pending>();
	readonly #turns = new Map<string, number>();
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

	/**
	 * Takes back the job named `digest` if no worker has started it, renders it here with `render`,
	 * and settles its promise with the result: a page that needs citations now does not wait for
	 * the workers to reach them. False when a worker has it (or it is done, or was never asked).
	 */
	steal(digest: string, render: () => RenderedStyle): boolean {
		const pending = this.#pending.get(digest);
		if (!pending || Atomics.compareExchange(new Int32Array(this.#claims), pending.id, UNCLAIMED, 2) !== UNCLAIMED) return false;
		this.#settle(pending);
		try {
			pending.waiting.resolve(render());
		} catch (error) {
			pending.waiting.reject(error instanceof Error ? error : new Error(String(error)));
		}
		return true;
	}

	/** Stops the workers; jobs not yet rendered are refused. */
	async close(): Promise<void> {
		this.#fail(new Error('The citeproc pool was closed before these citations were rendered.'));
		await Promise.all(this.#threads.splice(0).map((thread) => thread.worker.terminate()));
	}

	#send(waiting: Waiting): void {
		while (this.#threads.length < this.#size) this.#start();
		// Each style's jobs go to the workers in turn: the styles differ in cost, so a plain turn by job
		// (four styles an article) gave one worker twice the other's work.
		const turn = this.#turns.get(waiting.request.style) ?? 0;
		this.#turns.set(waiting.request.style, turn + 1);
		const thread = this.#threads[turn % this.#threads.length]!;
		const id = this.#next++;
		if (4 * (id + 1) > this.#claims.byteLength) this.#claims.grow(Math.min(this.#claims.maxByteLength, 2 * this.#claims.byteLength));
		const { text, label: _label, digest, ...job } = waiting.request;
		const sent: CiteprocJob = { id, ...job, ...(thread.styles.has(job.style) ? {} : { text }) };
		thread.styles.add(job.style);
		thread.running.set(id, waiting);
		this.#pending.set(digest, { id, thread, waiting });
		thread.worker.postMessage(sent);
		// A worker with work keeps the build's process alive; an idle one does not hold it open.
		thread.worker.ref();
	}

	/** A job is done (by a worker or stolen): forgotten, and its worker let go when it has no other. */
	#settle({ id, thread, waiting }: Pending): void {
		thread.running.delete(id);
		this.#pending.delete(waiting.request.digest);
		if (!thread.running.size) thread.worker.unref();
	}

	#start(): void {
		const worker = new Worker(new URL('./citeproc-worker.ts', import.meta.url), { workerData: { claims: this.#claims } });
		const thread: Thread = { worker, styles: new Set(), running: new Map() };
		worker.on('message', (reply: CiteprocReply) => {
			const waiting = thread.running.get(reply.id);
			// A job the build's thread took back was settled when it was taken.
			if (!waiting || reply.skipped) return;
			this.#settle({ id: reply.id, thread, waiting });
			if (reply.error !== undefined) waiting.reject(new Error(`citeproc failed on the citations of ${waiting.request.label}: ${reply.error}`));
			else waiting.resolve(reply.rendered);
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
		this.#pending.clear();
		for (const waiting of refused) waiting.reject(this.#failed);
	}
}
