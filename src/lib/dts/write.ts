// Writes the API's files (api.ts) to disk, folders made as they are needed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Article } from '../article.ts';
import type { DtsSite } from './collections.ts';

/** Where the build step leaves what it wrote and in how long, on the process's global object, for the benchmark (tests/bench/build-once.ts builds with the logger quiet). */
export const DTS_STEP = Symbol.for('edition.dtsApi.step');

/** What one writer wrote: its files and their bytes, and the processor time its thread took to make and write them. */
export interface Written {
	files: number;
	bytes: number;
	cpuMilliseconds: number;
}

/** Writes files given as [path under root, content]; says how many, how large, and in how much processor time. */
export function writeFiles(root: string, files: Iterable<[string, string]>): Written {
	const cpu = process.threadCpuUsage();
	const made = new Set<string>();
	const written = { files: 0, bytes: 0, cpuMilliseconds: 0 };
	for (const [path, content] of files) {
		const file = join(root, path);
		const folder = dirname(file);
		if (!made.has(folder)) mkdirSync(folder, { recursive: true });
		made.add(folder);
		writeFileSync(file, content);
		written.files++;
		written.bytes += Buffer.byteLength(content);
	}
	const { user, system } = process.threadCpuUsage(cpu);
	written.cpuMilliseconds = Math.round((user + system) / 1000);
	return written;
}

/** What a worker of the build step is given (integrations/dts-worker.ts): the articles whose Resources it writes, and where. */
export interface DtsWork {
	root: string;
	site: DtsSite;
	articles: Article[];
}
