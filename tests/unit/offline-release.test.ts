// Which files of a build a reader's browser keeps offline, and in which part (src/lib/offline/release.ts),
// and the installable app's manifest (src/lib/offline/app-manifest.ts). The same on a real dist/: tests/dist/offline-release.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appManifest, PAPER } from '../../src/lib/offline/app-manifest.ts';
import { partOf, releaseNameOf, urlPathOf, type ReleaseFile } from '../../src/lib/offline/release.ts';

describe('the part each file of a build belongs to', () => {
	const slug = '1955-01-09-a';
	it.each([
		['offline/index.html', 'core'],
		['_astro/Page.CXKPUPvE.css', 'core'],
		['_astro/word-lookup.D5P41S4K.js', 'core'],
		['favicon.svg', 'core'],
		['manifest.webmanifest', 'core'],
		['icons/icon-maskable-512.png', 'core'],
		['index.html', 'shell'],
		['search/index.html', 'shell'],
		['search/zh/index.html', 'shell'],
		['search/traditional.json', 'shell'],
		['pagefind-zh/pagefind.js', 'shell'],
		['pagefind-en/wasm.unknown.pagefind', 'shell'],
		['pagefind-pinyin/pagefind-entry.json', 'shell'],
		['pagefind-en/pagefind.und_2bf3ed10a0f.pf_meta', 'shell'],
		['pagefind-zh/filter/zh_4ad8126.pf_filter', 'shell'],
		['pagefind-zh/index/zh_c561976.pf_index', 'search'],
		['pagefind-en/fragment/und_b57d4eb.pf_fragment', 'search'],
		...['', 'zh/', 'en/', 'pinyin/', 'zh/pinyin/', 'cite/'].map((view) => [`articles/${slug}/${view}index.html`, `article ${slug}`]),
		[`articles/${slug}/words.json`, `article ${slug}`],
		[`articles/${slug}/segments.json`, `article ${slug}`],
		['1955/index.html', 'year 1955'],
		['1955/01/09/index.html', 'year 1955'],
		['glossary/index.html', 'pages'],
		['about/index.html', 'pages'],
		['anchors/index.html', 'pages'],
	])('%s: %s', (file, part) => {
		expect(partOf(file)).toBe(part);
	});

	it.each([
		'api/dts/entry.json',
		'api/dts/document/a.zh.xml',
		...['tei.xml', 'zh.txt', 'en.txt', 'aligned.json', 'aligned.tsv', 'segments.tsv', 'segments.tmx', 'notes.json', 'record.csl.json', 'record.bib', 'record.ris'].map((f) => `articles/${slug}/${f}`),
		'feed.xml',
		'sitemap-0.xml',
		'robots.txt',
		'opensearch.xml',
		'articles.json',
		'anchors.json',
		'404.html',
		'_headers',
		'sw.js',
		'sw-release.0123456789ab.json',
		'sw-release.0123456789ab.more.json',
	])('%s is not kept offline', (file) => {
		expect(partOf(file)).toBeUndefined();
	});

	it('a page is kept under its folder’s URL', () => {
		expect([urlPathOf('index.html'), urlPathOf(`articles/${slug}/zh/index.html`), urlPathOf('search/traditional.json')]).toEqual(['', `articles/${slug}/zh/`, 'search/traditional.json']);
	});
});

describe('a release’s name', () => {
	const files: ReleaseFile[] = [
		{ path: '', revision: 'aaaaaaaaaaaaaaaa', bytes: 10, part: 'shell' },
		{ path: 'articles/a/', revision: 'bbbbbbbbbbbbbbbb', bytes: 20, part: 'article a' },
	];
	it('changes when any file’s revision or path changes, and not otherwise', () => {
		const name = releaseNameOf(files);
		expect(releaseNameOf(structuredClone(files))).toBe(name);
		expect(releaseNameOf([files[0]!, { ...files[1]!, revision: 'bbbbbbbbbbbbbbbc' }])).not.toBe(name);
		expect(releaseNameOf([files[0]!, { ...files[1]!, path: 'articles/b/' }])).not.toBe(name);
		expect(releaseNameOf([files[0]!])).not.toBe(name);
	});
});

describe('the app manifest', () => {
	it('opens at the base, keeps to it, and names its icons under it', () => {
		const manifest = appManifest('/edition/');
		expect(manifest).toMatchObject({ start_url: '/edition/', scope: '/edition/', id: '/edition/', display: 'standalone' });
		expect(manifest.icons.map((i) => i.src)).toEqual(['/edition/icons/icon-192.png', '/edition/icons/icon-512.png', '/edition/icons/icon-maskable-512.png']);
		expect(manifest.name).toMatch(/People's Daily.*人民日报/);
	});

	it('has the paper colour of each scheme as edition.css draws it', () => {
		const css = readFileSync(new URL('../../src/styles/edition.css', import.meta.url), 'utf8');
		const [light, dark] = [...css.matchAll(/--paper:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]);
		expect(PAPER).toEqual({ light, dark });
	});
});
