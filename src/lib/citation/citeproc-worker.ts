// A worker thread of the citeproc pool (citeproc-pool.ts): renders the citations it is sent, keeping them in the build's cache.
import { parentPort } from 'node:worker_threads';
import { cachedRendering } from './cache.ts';
import { createEngine, runCiteproc, type StyleEngine } from './citeproc-run.ts';
import type { CiteprocJob, CiteprocReply } from './citeproc-pool.ts';

// Each style is parsed once per worker, when its first job arrives (the job carries its text then).
const engines = new Map<string, StyleEngine>();

parentPort!.on('message', (job: CiteprocJob) => {
	let reply: CiteprocReply;
	try {
		let engine = engines.get(job.style);
		if (!engine) {
			if (!job.text) throw new Error(`style ${job.style} was never sent to this worker`);
			engines.set(job.style, (engine = createEngine(job.text)));
		}
		const style = engine;
		reply = { id: job.id, rendered: cachedRendering(job.key, () => runCiteproc(style, job.items, job.citations)) };
	} catch (error) {
		reply = { id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	parentPort!.postMessage(reply);
});
