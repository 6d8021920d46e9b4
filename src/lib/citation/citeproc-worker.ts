// A worker thread of the citeproc pool (citeproc-pool.ts): renders the citations it is sent, keeping them in the build's cache.
import { parentPort } from 'node:worker_threads';
import { remember } from '../memo.ts';
import { cachedRendering } from './cache.ts';
import { createEngine, runCiteproc, type StyleEngine } from './citeproc-run.ts';
import type { CiteprocJob, CiteprocReply } from './citeproc-pool.ts';

// Each style is parsed once per worker, when its first job arrives (the job carries its text then).
const engines = new Map<string, StyleEngine>();

parentPort!.on('message', (job: CiteprocJob) => {
	let reply: CiteprocReply;
	try {
		const engine = remember(engines, job.style, () => {
			if (!job.text) throw new Error(`style ${job.style} was never sent to this worker`);
			return createEngine(job.text);
		});
		reply = { id: job.id, rendered: cachedRendering(job.digest, () => runCiteproc(engine, job.items, job.citations)) };
	} catch (error) {
		reply = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	parentPort!.postMessage(reply);
});
