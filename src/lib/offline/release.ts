// What a reader's browser keeps for reading offline: every file of a built edition that its pages
// load, each with its revision (content hash), in the parts the service worker keeps them by.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_MANIFEST_PATH } from './app-manifest.ts';

/**
 * The part of the edition a file belongs to, which decides when a reader's browser keeps it:
 * - `core`: what any kept page needs to be drawn and what shows when a page is not kept: the offline
 *   page, every stylesheet and script under _astro/, the icons and the manifest (kept on the first
 *   visit, even on a metered connection);
 * - `shell`: the home and search pages, each Pagefind bundle's script, entry, metadata, WebAssembly
 *   and filters, the traditional map (kept on the first visit unless the connection is metered);
 * - `article <slug>`: an article's views, its cite page, its words.json and segments.json (kept
 *   whole when one view is opened);
 * - `year <yyyy>`: a year's page and its days' pages;
 * - `search`: Pagefind's index chunks and fragments;
 * - `pages`: the glossary, about and anchors pages.
 * A small edition is kept whole on the first visit (see OFFLINE_WHOLE_LIMIT).
 */
export type Part = 'core' | 'shell' | 'search' | 'pages' | `article ${string}` | `year ${string}`;

/** One file readers need: its URL relative to the base (a page's folder, not its index.html), revision and size. */
export interface ReleaseFile {
	path: string;
	revision: string;
	bytes: number;
	part: Part;
}

/** A built edition's offline release: its name (from every file's revision), its files and whether it is kept whole. */
export interface OfflineRelease {
	name: string;
	/** Whether the first visit keeps every file (the edition is at most OFFLINE_WHOLE_LIMIT bytes). */
	whole: boolean;
	bytes: number;
	files: ReleaseFile[];
	/** Each year's articles (their slugs), from the build's catalogue (articles.json), for keeping a year. */
	years: Record<string, string[]>;
}

/**
 * Up to this many bytes (as stored, uncompressed) the first visit keeps the whole edition. Measured
 * (4 December 2026, once a paragraph's Cite panel held only the forms that carry the paragraph): one
 * article's edition is 0.75 MB of what readers load (the core and shell, Pagefind's three scripts
 * and WebAssembly most of it), twenty synthetic articles 4.87 MB, so each article adds about 0.21 MB
 * (six views of HTML, words.json, segments.json). 4 MiB, about sixteen articles, is fetched once in
 * the background after the first page has loaded (in 2026-11 the limit was 5 MiB, a dozen of the
 * articles then: 0.36–0.39 MB each, 1.2 MB on the wire); past it, the first
 * visit keeps the core and shell, every article opened is kept whole, and a reader chooses a year
 * or the whole edition (KeepOffline.astro), told how much it is.
 */
export const OFFLINE_WHOLE_LIMIT = 4 * 2 ** 20;

/** Where the service worker is published, relative to the base. */
export const SERVICE_WORKER_PATH = 'sw.js';

/** The offline page, relative to the base. */
export const OFFLINE_PAGE_PATH = 'offline/';

/** A file's revision: the first 16 hex digits of its SHA-256 (the service worker checks what it fetches against it). */
export const revisionOf = (content: Buffer | string) => createHash('sha256').update(content).digest('hex').slice(0, 16);

/** The part a file of dist/ belongs to, by its path (forward slashes, relative to dist/), or undefined if readers do not need it offline. */
export function partOf(file: string): Part | undefined {
	if (file === `${OFFLINE_PAGE_PATH}index.html` || file.startsWith('_astro/') || file === 'favicon.svg' || file === APP_MANIFEST_PATH || /^icons\/[^/]+\.png$/.test(file)) return 'core';
	if (file === 'index.html' || /^search\/(zh\/)?index\.html$/.test(file) || file === 'search/traditional.json') return 'shell';
	if (/^pagefind-[^/]+\/(index|fragment)\//.test(file)) return 'search';
	if (/^pagefind-[^/]+\//.test(file)) return 'shell';
	const article = /^articles\/([^/]+)\/(?:(?:zh\/|en\/)?(?:pinyin\/)?index\.html|zh\/pinyin\/index\.html|cite\/index\.html|words\.json|segments\.json)$/.exec(file);
	if (article) return `article ${article[1]}`;
	const year = /^(\d{4})\/(?:\d{2}\/\d{2}\/)?index\.html$/.exec(file);
	if (year) return `year ${year[1]}`;
	if (/^(glossary|about|anchors)\/index\.html$/.test(file)) return 'pages';
	// The rest is not read offline: the DTS API (for programs, online), the downloads (TEI, TMX, text,
	// citation records: files to take away, fetched online when wanted), the feed, sitemaps,
	// robots.txt, OpenSearch, the catalogues (articles.json, anchors.json), the 404 page (the offline
	// page stands for it) and the service worker itself.
	return undefined;
}

/**
 * The URL paths (relative to the base) a file of a release can have, as partOf reads them: the
 * service worker looks no path up in the catalogues but these (a download or the DTS API never
 * costs it a catalogue). Written into the worker's RELEASE header, so the two cannot drift.
 */
export const RELEASE_PATHS = /^(?:|offline\/|_astro\/.+|favicon\.svg|manifest\.webmanifest|icons\/[^/]+\.png|search\/(?:zh\/|traditional\.json)?|pagefind-[^/]+\/.+|articles\/[^/]+\/(?:(?:zh\/|en\/)?(?:pinyin\/)?|cite\/|words\.json|segments\.json)|\d{4}\/(?:\d{2}\/\d{2}\/)?|(?:glossary|about|anchors)\/)$/;

/** The URL path of a file relative to the base: a page is its folder (`articles/x/`), the home page ``. */
export const urlPathOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/** The hash of every file's path and revision, so any change to any file names a new release. */
export const releaseNameOf = (files: ReleaseFile[]) => revisionOf(files.map((f) => `${f.path} ${f.revision}`).join('\n')).slice(0, 12);

/** The service worker's source (src/scripts/service-worker.ts), which sw.js is with its types stripped. */
export const workerSource = () => readFileSync(new URL('../../scripts/service-worker.ts', import.meta.url), 'utf8');

/**
 * The offline release of the built edition in `dist` (every file's revision read from it). Its name
 * hashes the files (releaseNameOf), the worker's code (`worker`) and what its catalogues and header
 * hold besides: a new worker, or a new catalogue format, is a new release, whose catalogues (named by
 * it and served immutable) are never confused with an earlier one's.
 */
export function offlineRelease(dist: string, limit = OFFLINE_WHOLE_LIMIT, worker = workerSource()): OfflineRelease {
	const files: ReleaseFile[] = [];
	for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name).slice(dist.replace(/\/?$/, '/').length).replaceAll('\\', '/');
		const part = partOf(file);
		if (!part) continue;
		const content = readFileSync(join(dist, file));
		files.push({ path: urlPathOf(file), revision: revisionOf(content), bytes: content.length, part });
	}
	files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const bytes = files.reduce((n, f) => n + f.bytes, 0);
	const years: Record<string, string[]> = {};
	for (const { slug, date } of (JSON.parse(readFileSync(join(dist, 'articles.json'), 'utf8')) as { articles: { slug: string; date: string }[] }).articles) (years[date.slice(0, 4)] ??= []).push(slug);
	const release = { name: '', whole: bytes <= limit, bytes, files, years };
	const rest = JSON.stringify([catalogueOf(release), workerSettings(release)]);
	return { ...release, name: revisionOf([releaseNameOf(files), revisionOf(worker), revisionOf(rest)].join('\n')).slice(0, 12) };
}

/**
 * What the service worker is told of its release besides its name and catalogues (its RELEASE header,
 * written by the build step): hashed into the release's name too, so a change to any of it is a new release.
 */
export const workerSettings = (release: Pick<OfflineRelease, 'whole'>) => ({
	whole: release.whole,
	offline: OFFLINE_PAGE_PATH,
	first: FIRST_PARTS,
	paths: RELEASE_PATHS.source,
	articleFolder: articleFolder('article *'),
});

/** The parts a first visit may keep, whose files the first of a release's two catalogues lists. */
export const FIRST_PARTS: readonly Part[] = ['core', 'shell'];

/**
 * The two catalogues the service worker reads: `first`, the files of the core and the shell, fetched
 * when it installs; `more`, every other part's and each year's articles, fetched when first needed
 * (at once where the edition is kept whole). Each lists its parts' files as [path, revision, bytes],
 * an article's relative to its folder: at 1000 articles the release has 11,725 files, which as one
 * row per file with its part took 1.94 MB (measured); so, about 0.7 MB, and the first visit of a
 * large edition fetches only the first catalogue, some 4 KB; it holds too what the edition and each
 * year weigh, which the page's control shows (with the second fetched only once a reader keeps more).
 */
export function catalogueOf(release: OfflineRelease) {
	const first: Record<string, [string, string, number][]> = {};
	const more: Record<string, [string, string, number][]> = {};
	for (const { path, revision, bytes, part } of release.files) ((FIRST_PARTS.includes(part) ? first : more)[part] ??= []).push([path.slice(articleFolder(part).length), revision, bytes]);
	// What the edition and each year hold, so a page's control measures them without the second catalogue.
	const sizes: Record<string, number> = { edition: release.bytes };
	for (const [year, slugs] of Object.entries(release.years)) {
		const parts = new Set([`year ${year}`, ...slugs.map((slug) => `article ${slug}`)]);
		sizes[`year ${year}`] = release.files.reduce((n, f) => n + (parts.has(f.part) ? f.bytes : 0), 0);
	}
	return { first: { name: release.name, parts: first, sizes }, more: { name: release.name, parts: more, years: release.years } };
}

/** The names of a release's two catalogues, relative to the base (named by the release: they never change). */
export const catalogueFiles = (name: string) => ({ first: `sw-release.${name}.json`, more: `sw-release.${name}.more.json` });

/** The folder an article's paths are relative to in the catalogue (`articles/<slug>/`), or `` for other parts. */
export const articleFolder = (part: string) => (part.startsWith('article ') ? `articles/${part.slice('article '.length)}/` : '');
