import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What a build of the edition printed and left behind. */
export interface BuildResult {
	code: number | null;
	output: string;
	outDir: string;
	milliseconds: number;
}

const projectRoot = new URL('../../', import.meta.url).pathname;

/** Builds the edition from another content folder into a temporary folder, as `npm run build` would. */
export function buildEdition(contentDir: string, options: { base?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
	const work = mkdtempSync(join(tmpdir(), 'edition-build-'));
	const outDir = join(work, 'dist');
	const started = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn('npx', ['astro', 'build'], {
			cwd: projectRoot,
			env: {
				...process.env,
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
