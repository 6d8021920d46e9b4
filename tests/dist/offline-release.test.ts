// The offline release of the built dist/ (src/lib/offline/release.ts, written by src/integrations/offline-release.ts):
// every file its pages load is kept, each revision is the file's hash, and any change to a kept file names a new release.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { catalogueFiles, catalogueOf, FIRST_PARTS, offlineRelease, partOf, RELEASE_PATHS, revisionOf } from '../../src/lib/offline/release.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const release = offlineRelease(dist);
const kept = new Map(release.files.map((f) => [f.path, f]));
const pages = readdirSync(dist, { recursive: true })
	.map(String)
	.filter((file) => file.endsWith('.html') && file !== '404.html');

test('every page, and every file of the site a page links or loads, is kept, but for the downloads, feeds and the DTS API', () => {
	const notKept = new Set<string>();
	for (const file of pages) {
		expect(kept.has(file.replace(/index\.html$/, '')), file).toBe(true);
		const html = readFileSync(join(dist, file), 'utf8');
		for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
			const path = url!.slice(1);
			if (!kept.has(path)) notKept.add(path.replace(/^articles\/[^/]+\//, 'articles/<slug>/'));
		}
	}
	expect([...notKept].sort()).toEqual(
		['anchors.json', 'feed.xml', 'opensearch.xml', ...['aligned.json', 'aligned.tsv', 'corrections.json', 'en.txt', 'notes.json', 'word-links.json', 'record.bib', 'record.csl.json', 'record.ris', 'segments.tmx', 'segments.tsv', 'tei.xml', 'zh.txt'].map((f) => `articles/<slug>/${f}`)].sort(),
	);
});

test('the worker looks up in its catalogues every path of a release file, and none of a file not kept (a download, the DTS API)', () => {
	for (const file of release.files) expect(RELEASE_PATHS.test(file.path), file.path).toBe(true);
	const others = readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dist.length))
		.filter((file) => !partOf(file));
	expect(others.length).toBeGreaterThan(20);
	for (const file of others) expect(RELEASE_PATHS.test(file.replace(/(^|\/)index\.html$/, '$1')), file).toBe(false);
});

test('what the scripts fetch is kept: each article’s words.json and segments.json, the traditional map, every file of the three Pagefind bundles', () => {
	const slugs = readdirSync(join(dist, 'articles'));
	for (const slug of slugs) for (const file of ['words.json', 'segments.json']) expect(kept.get(`articles/${slug}/${file}`)?.part).toBe(`article ${slug}`);
	expect(kept.has('search/traditional.json')).toBe(true);
	const bundles = readdirSync(dist, { recursive: true })
		.map(String)
		.filter((f) => /^pagefind-[^/]+\/.+\.[a-z_]+$/.test(f));
	expect(bundles.length).toBeGreaterThan(20);
	for (const file of bundles) expect(kept.has(file), file).toBe(true);
});

test('each revision is the hash of the file published, and the worker and its catalogue name this release', () => {
	for (const file of release.files) {
		const path = join(dist, file.path === '' || file.path.endsWith('/') ? `${file.path}index.html` : file.path);
		expect(file.revision, file.path).toBe(revisionOf(readFileSync(path)));
	}
	const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
	const header = JSON.parse(/^const RELEASE = (.*);$/m.exec(worker)![1]!) as { name: string; catalogues: { first: string; more: string }; whole: boolean };
	expect(header).toMatchObject({ name: release.name, catalogues: { first: `sw-release.${release.name}.json`, more: `sw-release.${release.name}.more.json` }, whole: true });
	expect(header.catalogues).toEqual(catalogueFiles(release.name));
	const catalogue = JSON.parse(JSON.stringify(catalogueOf(release)));
	for (const which of ['first', 'more'] as const) expect(JSON.parse(readFileSync(join(dist, header.catalogues[which]), 'utf8'))).toEqual(catalogue[which]);
	// Between them, every file once; the first holds the core and shell only.
	const listed = (which: 'first' | 'more') => Object.values(catalogue[which].parts as Record<string, unknown[]>).flat().length;
	expect(listed('first') + listed('more')).toBe(release.files.length);
	expect(Object.keys(catalogue.first.parts).sort()).toEqual(['core', 'shell']);
	// The worker reads the first parts and the paths of release files from its header (release.ts), not a copy of its own.
	expect(header).toMatchObject({ first: [...FIRST_PARTS], paths: RELEASE_PATHS.source, articleFolder: 'articles/*/' });
	// The first catalogue weighs the edition and each year as keeping them would (their files' bytes).
	expect(catalogue.first.sizes.edition).toBe(release.bytes);
	for (const [year, slugs] of Object.entries(release.years)) {
		const parts = [`year ${year}`, ...slugs.map((slug) => `article ${slug}`)];
		expect(catalogue.first.sizes[`year ${year}`]).toBe(release.files.filter((f) => parts.includes(f.part)).reduce((n, f) => n + f.bytes, 0));
	}
	// Types stripped: the worker is plain JavaScript.
	expect(worker).not.toMatch(/^\s*(interface|type|declare) /m);
});

test('this one-article edition is kept whole on the first visit: under the limit, measured', () => {
	console.log(`offline release: ${release.files.length} files, ${release.bytes} bytes`);
	expect(release.whole).toBe(true);
	expect(release.bytes).toBeLessThan(1024 * 1024);
	expect(offlineRelease(dist, release.bytes).whole).toBe(true);
	expect(offlineRelease(dist, release.bytes - 1).whole).toBe(false);
});

test('a change to any one kept file, of any part, names a new release; a change elsewhere does not', () => {
	const copy = mkdtempSync(join(tmpdir(), 'edition-release-'));
	onTestFinished(() => rmSync(copy, { recursive: true, force: true }));
	cpSync(dist, copy, { recursive: true });
	const names = new Set([offlineRelease(copy).name]);
	expect(names).toEqual(new Set([release.name]));
	const byPart = new Map<string, string>();
	for (const file of release.files) byPart.set(file.part.split(' ')[0]!, file.path);
	expect([...byPart.keys()].sort()).toEqual(['article', 'core', 'pages', 'search', 'shell', 'year']);
	for (const path of byPart.values()) {
		const file = join(copy, path === '' || path.endsWith('/') ? `${path}index.html` : path);
		writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from(' ')]));
		names.add(offlineRelease(copy).name);
	}
	expect(names.size).toBe(byPart.size + 1);
	// The worker's code is part of the release too: a new worker is a new release.
	expect(offlineRelease(copy, undefined, 'changed').name).not.toBe(offlineRelease(copy).name);
	const tei = readdirSync(join(copy, 'articles')).map((slug) => join(copy, 'articles', slug, 'tei.xml')).find(existsSync)!;
	expect(partOf(tei.slice(copy.length + 1))).toBeUndefined();
	writeFileSync(tei, 'changed');
	expect(names.has(offlineRelease(copy).name)).toBe(true);
});
