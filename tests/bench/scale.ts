import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSyntheticEdition } from '../support/synthetic.ts';
import { firstSearches, launch } from './search-cost.ts';
import { serveStatic } from '../support/static-server.ts';
import { FIRST_PARTS, offlineRelease } from '../../src/lib/offline/release.ts';

const root = new URL('../../', import.meta.url).pathname;

function du(path: string): number {
	return Number(execFileSync('du', ['-sb', path]).toString().split('\t')[0]);
}

/** One build of a synthetic edition: its time and peak memory (build-once.ts). */
/** The offline release of a built edition: its size and files, and what a first visit keeps of it. */
function offlineSize(dist: string): { MiB: number; files: number; whole: boolean; firstVisitMiB: number } {
	const release = offlineRelease(dist);
	const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 100) / 100;
	const first = release.files.filter((f) => FIRST_PARTS.includes(f.part)).reduce((n, f) => n + f.bytes, 0);
	return { MiB: mib(release.bytes), files: release.files.length, whole: release.whole, firstVisitMiB: mib(first) };
}

function buildOnce(content: string, outDir: string, cacheDir: string): { milliseconds: number; cpuMilliseconds: number; maxRssMiB: number; dts: { files: number; bytes: number; milliseconds: number; cpuMilliseconds: number } } {
	const output = execFileSync('node', [join(root, 'tests/bench/build-once.ts')], {
		cwd: root,
		env: { SITE_URL: 'http://localhost:4321', ...process.env, EDITION_CONTENT_DIR: content, OUT_DIR: outDir, EDITION_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1' },
		maxBuffer: 64 * 1024 * 1024,
	}).toString();
	return JSON.parse(output.trim().split('\n').at(-1)!);
}

/** Changes one article's translation (its translator note, as an editor's correction would), and says which. */
function changeOneArticle(content: string): string {
	const slug = readdirSync(content).filter((name) => !name.includes('.')).sort()[0]!;
	const file = join(content, slug, 'en.md');
	const before = readFileSync(file, 'utf8');
	const after = before.replace(/^(translatorNote: .*)$/m, '$1 Checked again.');
	if (after === before) throw new Error(`${file}: no translatorNote line to change for the rebuild benchmark`);
	writeFileSync(file, after);
	return slug;
}

/**
 * Builds synthetic editions of each size and reports time, memory, sizes and first-search bytes;
 * at `rebuildAt` articles also the time of a second build, with the first one's cache and a new
 * output folder, after one article changed.
 */
export async function buildScale(sizes: number[], chromePath: string, rebuildAt = 1000) {
	const rows = [];
	for (const n of sizes) {
		const work = mkdtempSync(join(tmpdir(), `edition-scale-${n}-`));
		const content = join(work, 'content');
		const outDir = join(work, 'dist');
		writeSyntheticEdition(content, n);
		const { milliseconds, cpuMilliseconds, maxRssMiB, dts } = buildOnce(content, outDir, join(work, 'cache'));
		const site = await serveStatic(outDir);
		const browser = await launch(chromePath);
		let search;
		try {
			search = await firstSearches(browser, outDir, site.url.slice(0, -1), '/');
		} finally {
			await browser.close();
			await site.close();
		}
		let rebuildSeconds: number | undefined;
		if (n === rebuildAt) {
			changeOneArticle(content);
			// Into a new output folder, with the first build's cache, as a deploy job restores its cache
			// into a fresh checkout: built over the old dist, Astro first empties it (22,000 files at
			// 1000 articles), which made the rebuild slower than the first build.
			rebuildSeconds = Math.round(buildOnce(content, join(work, 'dist-rebuilt'), join(work, 'cache')).milliseconds / 100) / 10;
		}
		const row = {
			articles: n,
			buildSeconds: Math.round(milliseconds / 100) / 10,
			msPerArticle: Math.round(milliseconds / n),
			maxRssMiB,
			distMiB: Math.round((du(outDir) / 2 ** 20) * 10) / 10,
			indexMiB: Math.round((['pagefind-en', 'pagefind-zh', 'pagefind-pinyin'].reduce((n, d) => n + du(join(outDir, d)), 0) / 2 ** 20) * 100) / 100,
			firstSearchKB: { zh: Math.round(search.zh!.gzip / 102.4) / 10, en: Math.round(search.en!.gzip / 102.4) / 10 },
			// The DTS API (api/dts/): its files and bytes per article, and in all with the share of the build's time it
			// added (what the build waited for once the pages were written: most is written beside them) and of
			// the build's processor time it took (this process's; less at the mercy of other work on the machine).
			dtsPerArticle: { files: Math.round(dts.files / n), KiB: Math.round(du(join(outDir, 'api/dts')) / 1024 / n) },
			dts: { files: dts.files, MiB: Math.round((dts.bytes / 2 ** 20) * 10) / 10, seconds: Math.round(dts.milliseconds / 100) / 10, percentOfBuild: Math.round((dts.milliseconds / milliseconds) * 1000) / 10, percentOfBuildCpu: Math.round((dts.cpuMilliseconds / cpuMilliseconds) * 1000) / 10 },
			// What a reader's browser keeps offline (src/lib/offline/release.ts): all of it, whether it is kept
			// whole on the first visit, and what the first visit keeps of a larger edition (core and shell).
			offline: offlineSize(outDir),
			...(rebuildSeconds === undefined ? {} : { rebuildSeconds }),
		};
		console.log(
			`  N=${String(n).padStart(4)}: build ${row.buildSeconds} s (${row.msPerArticle} ms/article), peak ${maxRssMiB} MiB, ` +
				`dist ${row.distMiB} MiB, index ${row.indexMiB} MiB, offline ${row.offline.MiB} MiB in ${row.offline.files} files (${row.offline.whole ? 'kept whole' : `first visit ${row.offline.firstVisitMiB} MiB`}), DTS API ${row.dts.files} files, ${row.dts.MiB} MiB, the build waited ${row.dts.seconds} s for it (${row.dts.percentOfBuild} % of the build; ${row.dts.percentOfBuildCpu} % of its processor time; ${row.dtsPerArticle.files} files and ${row.dtsPerArticle.KiB} KiB per article), first search ${row.firstSearchKB.zh} KB zh / ${row.firstSearchKB.en} KB en` +
				(rebuildSeconds === undefined ? '' : `; rebuilt after one article changed in ${rebuildSeconds} s`),
		);
		rows.push(row);
		rmSync(work, { recursive: true, force: true });
	}
	const budgets = [
		...rows.filter((r) => r.articles === 1000).map((r) => `1000 articles build in ${r.buildSeconds} s (budget 90 s): ${r.buildSeconds <= 90 ? 'met' : 'MISSED'}`),
		...rows.filter((r) => r.articles === 5000).map((r) => `5000 articles build in ${r.buildSeconds} s (budget 480 s): ${r.buildSeconds <= 480 ? 'met' : 'MISSED'}`),
	];
	const one = rows.find((r) => r.articles === 1);
	for (const big of rows.filter((r) => r.articles === 5000 && one)) {
		for (const lang of ['zh', 'en'] as const) {
			const ratio = big.firstSearchKB[lang] / one!.firstSearchKB[lang];
			budgets.push(`first ${lang} search at 5000 is ${ratio.toFixed(2)}x its bytes at 1 (budget 2x): ${ratio <= 2 ? 'met' : 'MISSED'}`);
		}
	}
	for (const line of budgets) console.log(`  ${line}`);
	return rows;
}
