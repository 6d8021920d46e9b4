// Build step: the service worker (<base>sw.js) and its release's catalogue, written from the finished dist/ (see lib/offline/release.ts).
import { writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVICE_WORKER_PATH, catalogueFiles, catalogueOf, offlineRelease, workerSettings, workerSource } from '../lib/offline/release.ts';

/**
 * Writes the service worker and the two catalogues of its release once every other build step has
 * written its files: it comes last in astro.config.mjs, after the CSP pass rewrites the pages and the
 * search index's bundles are awaited, so each revision is that of the file published.
 */
export function offlineReleaseFiles(): AstroIntegration {
	return {
		name: 'edition:offline-release',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const release = offlineRelease(root);
				const files = catalogueFiles(release.name);
				const catalogue = catalogueOf(release);
				for (const which of ['first', 'more'] as const) writeFileSync(join(root, files[which]), JSON.stringify(catalogue[which]));
				const code = stripTypeScriptTypes(workerSource());
				const header = `// The edition's service worker, release ${release.name} (src/scripts/service-worker.ts).\nconst RELEASE = ${JSON.stringify({ name: release.name, catalogues: files, ...workerSettings(release) })};\n`;
				writeFileSync(join(root, SERVICE_WORKER_PATH), header + code);
				logger.info(`release ${release.name}: ${release.files.length} files, ${(release.bytes / 2 ** 20).toFixed(2)} MiB for readers offline; ${release.whole ? 'kept whole on the first visit' : 'the shell kept on the first visit, the rest as read or chosen'}`);
			},
		},
	};
}
