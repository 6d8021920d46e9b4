// Build step: starts the citeproc worker threads a build renders its citations with, and stops them at its end.
import type { AstroIntegration } from 'astro';
import { listenToEdition, provideBuildService } from '../lib/build-services.ts';
import { CiteprocPool } from '../lib/citation/citeproc-pool.ts';

/**
 * citeproc takes a third of a large build's time in its one thread. With this integration the build
 * hands it to worker threads on the machine's other cores (src/lib/citation/citeproc-pool.ts), which
 * start on the first citation asked and work while the pages are written.
 */
export function citeprocWorkers(): AstroIntegration {
	let pool: CiteprocPool | undefined;
	return {
		name: 'edition:citeproc-workers',
		hooks: {
			'astro:build:start': () => {
				pool = new CiteprocPool();
				provideBuildService('citeproc', pool);
				// Every article's citations are asked at once, in the order the pages are written; this
				// settles when all are rendered or one failed (the page that awaits it reports it).
				listenToEdition('citeproc', { sources: ({ records, citationsReady }) => Promise.allSettled(records.map(citationsReady)) });
			},
			'astro:build:generated': async () => {
				provideBuildService('citeproc', undefined);
				listenToEdition('citeproc', undefined);
				await pool?.close();
			},
		},
	};
}
