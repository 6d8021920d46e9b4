import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticEdition } from '../support/synthetic.ts';
import { firstSearches, launch } from './search-cost.ts';
import { serveStatic } from '../support/static-server.ts';

const root = new URL('../../', import.meta.url).pathname;

function du(path: string): number {
	return Number(execFileSync('du', ['-sb', path]).toString().split('\t')[0]);
}

/** Builds synthetic editions of each size and reports time, memory, sizes and first-search bytes. */
export async function buildScale(sizes: number[], chromePath: string) {
	const rows = [];
	for (const n of sizes) {
		const work = mkdtempSync(join(tmpdir(), `edition-scale-${n}-`));
		const content = join(work, 'content');
		const outDir = join(work, 'dist');
		writeSyntheticEdition(content, n);
		const output = execFileSync('node', [join(root, 'tests/bench/build-once.ts')], {
			cwd: root,
			env: { SITE_URL: 'http://localhost:4321', ...process.env, EDITION_CONTENT_DIR: content, OUT_DIR: outDir, EDITION_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
			maxBuffer: 64 * 1024 * 1024,
		}).toString();
		const { milliseconds, maxRssMiB } = JSON.parse(output.trim().split('\n').at(-1)!);
		const site = await serveStatic(outDir);
		const browser = await launch(chromePath);
		let search;
		try {
			search = await firstSearches(browser, outDir, site.url.slice(0, -1), '/');
		} finally {
			await browser.close();
			await site.close();
		}
		const row = {
			articles: n,
			buildSeconds: Math.round(milliseconds / 100) / 10,
			msPerArticle: Math.round(milliseconds / n),
			maxRssMiB,
			distMiB: Math.round((du(outDir) / 2 ** 20) * 10) / 10,
			indexMiB: Math.round(((du(join(outDir, 'pagefind-en')) + du(join(outDir, 'pagefind-zh'))) / 2 ** 20) * 100) / 100,
			firstSearchKB: { zh: Math.round(search.zh!.gzip / 102.4) / 10, en: Math.round(search.en!.gzip / 102.4) / 10 },
		};
		console.log(
			`  N=${String(n).padStart(4)}: build ${row.buildSeconds} s (${row.msPerArticle} ms/article), peak ${maxRssMiB} MiB, ` +
				`dist ${row.distMiB} MiB, index ${row.indexMiB} MiB, first search ${row.firstSearchKB.zh} KB zh / ${row.firstSearchKB.en} KB en`,
		);
		rows.push(row);
		rmSync(work, { recursive: true, force: true });
	}
	return rows;
}
