// npm run bench: builds the edition and prints what it weighs, what searching it costs, what
// Lighthouse scores it, and how the build grows with the number of articles.
// Flags: --no-lighthouse, --no-scale, --scale=1,100,1000,5000 (the sizes of the synthetic editions).
// Figures go to the console and to tests/.output/bench.json; tests/bench/baseline.json is the
// committed reference (see its "machine").
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { lighthouse } from './lighthouse.ts';
import { kb, sizes } from './measure.ts';
import { firstRender, pageTypes, textFloor } from './page-weight.ts';
import { buildScale } from './scale.ts';
import { searchCost } from './search-cost.ts';
import { printWordLinkFigures } from './word-links.ts';
import { BUILD } from '../support/build.ts';
import { serveStatic } from '../support/static-server.ts';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';

console.log('Building the edition…');
execFileSync(BUILD[0], [BUILD[1]], { cwd: root, stdio: 'ignore', env: { SITE_URL: 'http://localhost:4321', ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
const catalogue = JSON.parse(readFileSync(join(dist, 'articles.json'), 'utf8')).articles as { slug: string }[];
const slug = catalogue[0]!.slug;

const floor = textFloor(dist, slug);
const textOnly = textFloor(dist, slug, true);
const weights = Object.fromEntries(Object.entries(pageTypes(slug)).map(([type, page]) => [type, firstRender(dist, page)]));
console.log(
	`\nPage weight, first render (HTML + CSS + blocking JS, each file gzipped as sent). Floor (text, notes and citations the page carries): ` +
		`${kb(floor.gzip)} gzip, ${kb(floor.brotli)} brotli; the text alone: ${kb(textOnly.gzip)} gzip`,
);
for (const [type, w] of Object.entries(weights)) {
	console.log(
		`  ${type.padEnd(13)} HTML ${kb(w.html.raw).padStart(8)} raw ${kb(w.html.gzip).padStart(8)} gz ${kb(w.html.brotli).padStart(8)} br | ` +
			`CSS ${kb(w.css.gzip)} gz | blocking JS ${kb(w.js.gzip)}, inline JS ${kb(w.inlineJs.gzip)}, deferred JS ${kb(w.deferredJs.gzip)} gz | ` +
			`total ${kb(w.total.gzip)} gz = ${(w.total.gzip / floor.gzip).toFixed(2)}x floor (${(w.total.gzip / textOnly.gzip).toFixed(2)}x text alone)`,
	);
}

// The word lookup's data, fetched on a reader's first use only (budget: 20 KB gzip, tests/dist/budget.test.ts).
const lookupData = sizes(readFileSync(join(dist, 'articles', slug, 'words.json')));
console.log(`  word lookup data (words.json, on first lookup): ${kb(lookupData.raw)} raw, ${kb(lookupData.gzip)} gzip`);

// The word links: the reviewed links' coverage, the proposer against them, its time at 1000 articles.
const wordLinks = printWordLinkFigures();

const site = await serveStatic(dist);
const origin = site.url.slice(0, -1);
let search;
const audits: Record<string, Awaited<ReturnType<typeof lighthouse>>> = {};
try {
	search = await searchCost(dist, origin, '/', chromePath);
	if (!process.argv.includes('--no-lighthouse')) {
		console.log('\nRunning Lighthouse (npx lighthouse@13.5.0)…');
		for (const [name, path] of [['home', ''], ['parallel', `articles/${slug}/`], ['chinese view', `articles/${slug}/zh/`], ['english view', `articles/${slug}/en/`], ['search', 'search/?q=%E6%89%8B%E5%B7%A5%E4%B8%9A']]) {
			for (const formFactor of ['mobile', 'desktop'] as const) {
				audits[`${name} ${formFactor}`] = await lighthouse(`${origin}/${path}`, formFactor, chromePath);
			}
		}
	}
} finally {
	await site.close();
}
console.log('\nSearch');
for (const [language, first] of Object.entries(search.firstSearch)) {
	console.log(`  first ${language} search fetches ${kb(first.gzip)} (gzip, as sent):`);
	for (const f of first.files) console.log(`    ${f.file.padEnd(48)} ${kb(f.raw).padStart(9)} raw ${kb(f.gzip).padStart(9)} sent`);
}
console.log(`  ${search.laterQueries.count} later queries fetched ${kb(search.laterQueries.bytesFetched)} in all`);
for (const [language, t] of Object.entries(search.queryTimeMs)) {
	console.log(`  keystroke → results painted, ${language}: median ${t.median} ms, p95 ${t.p95} ms over ${t.n} queries`);
}

if (Object.keys(audits).length) {
	console.log('\nLighthouse scores (performance / accessibility / best practices / SEO), and cumulative layout shift');
	for (const [name, audit] of Object.entries(audits)) {
		console.log(`  ${name.padEnd(18)} ${Object.values(audit.scores).join(' / ')}   CLS ${audit.cls.toFixed(3)}`);
		for (const reason of audit.below) console.log(`      below 100 because: ${reason}`);
	}
}

let scale: Awaited<ReturnType<typeof buildScale>> = [];
if (!process.argv.includes('--no-scale')) {
	console.log('\nBuild cost and growth (synthetic articles recombined from the real one)');
	// --scale=1,100 builds other sizes; the are 1, 100, 1000 and 5000 (5000 takes minutes).
	const sizes = (process.argv.find((a) => a.startsWith('--scale='))?.slice(8) ?? '1,100,1000,5000').split(',').map(Number);
	scale = await buildScale(sizes, chromePath);
}

const figures = {
	date: new Date().toISOString(),
	machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: execFileSync(chromePath, ['--version']).toString().trim() },
	textFloor: floor,
	textAloneFloor: textOnly,
	pageWeight: weights,
	lookupData,
	wordLinks,
	search,
	lighthouse: audits,
	scale,
};
mkdirSync(join(root, 'tests/.output'), { recursive: true });
writeFileSync(join(root, 'tests/.output/bench.json'), JSON.stringify(figures, null, '\t') + '\n');
console.log('\nFigures written to tests/.output/bench.json');
