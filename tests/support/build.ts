import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';

/** What a build of the edition printed and left behind. */
export interface BuildResult {
	code: number | null;
	output: string;
	outDir: string;
	milliseconds: number;
}

const projectRoot = new URL('../../', import.meta.url).pathname;

/**
 * The build as `npm run build` runs it (src/tools/build.ts, which runs Astro's build), without npm:
 * this Node (the project's, under npm scripts).
 */
export const BUILD = [process.execPath, join(projectRoot, 'src/tools/build.ts')] as const;

/**
 * Where throwaway builds go: inside the project, because Astro puts a build's prerender chunks in
 * `<outDir>/.prerender` only when outDir is under the working folder, and otherwise in the shared
 * `.astro/.prerender`, where two builds at once overwrite each other's chunks.
 */
export const buildsRoot = join(projectRoot, 'tests/.output/builds');

/**
 * The path of a content folder for a throwaway edition (`content-<name>-XXXXXX/content`), made new with
 * the throwaway builds, which npm test clears at its start (the `content` folder itself is left to the caller).
 */
export function scratchContent(name: string): string {
	mkdirSync(buildsRoot, { recursive: true });
	return join(mkdtempSync(join(buildsRoot, `content-${name}-`)), 'content');
}

/** Builds the edition from another content folder into a temporary folder, as `npm run build` would. */
export function buildEdition(contentDir: string, options: { base?: string; env?: Record<string, string>; outDir?: string } = {}): Promise<BuildResult> {
	mkdirSync(buildsRoot, { recursive: true });
	const work = mkdtempSync(join(buildsRoot, 'edition-build-'));
	const outDir = options.outDir ?? join(work, 'dist');
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn(BUILD[0], [BUILD[1]], {
			cwd: projectRoot,
			env: {
				...process.env,
				SITE_URL: process.env.SITE_URL ?? 'http://localhost:4321',
				EDITION_CONTENT_DIR: contentDir,
				OUT_DIR: outDir,
				EDITION_CACHE_DIR: join(work, 'cache'),
				BASE_PATH: options.base ?? '/',
				ASTRO_TELEMETRY_DISABLED: '1',
				NO_COLOR: '1',
				...options.env,
			},
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code, output, outDir, milliseconds: performance.now() - started }));
	});
}
