// The service worker: keeps one release of the edition in one cache and serves what it keeps, so a
// reader reads offline. The build (src/integrations/offline-release.ts) writes it to <base>sw.js as one
// classic script, with its release before it (`RELEASE`): no imports, types only (they are stripped),
// since Firefox ESR runs no module service workers. What each part holds: src/lib/offline/release.ts.
//
// - install: keeps the parts for a first visit, as the release's catalogues list them (the whole
//   edition when it is small, else the core and shell; only the core on a metered connection) in the
//   release's own cache, each file checked against its revision; a file unchanged since the release
//   kept before is copied from that one's cache, not fetched again. A file that does not match (the
//   host already serves another release) fails the install, which the next visit tries again.
// - activate: deletes the caches of other releases of this scope, and takes over open pages at once
//   (their script reloads a page of the old release: offline-registration.ts).
// - fetch: a file of the release is served from its cache; one not yet kept is fetched and kept if it
//   matches its revision (the other views of an article are then kept too, unless the connection is
//   metered); a page the network cannot give is answered by the offline page. Other requests are
//   the browser's.
// - message `{ measure: parts }` from a page: answers `{ bytes, keptBytes }`, what the parts hold and
//   how much of it is kept; `{ keep: parts }`: keeps them, answering `{ kept, of }` for each file, then
//   `{ done, bytes, keptBytes }` or `{ failed }` (keep-offline.ts shows it).

interface Release {
	name: string;
	catalogues: { first: string; more: string };
	whole: boolean;
	offline: string;
}
/** A file of the release: path (relative to the scope), revision, bytes, part. */
type Row = [string, string, number, string];
/** A catalogue as the build writes it (catalogueOf in src/lib/offline/release.ts): each part's files, an article's relative to its folder. */
interface Catalogue {
	parts: Record<string, [string, string, number][]>;
	years?: Record<string, string[]>;
}
/** The parts the first catalogue lists (FIRST_PARTS in release.ts). */
const FIRST_PARTS = ['core', 'shell'];
interface ExtendableEvent extends Event {
	waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	request: Request;
	respondWith(response: Promise<Response>): void;
}
interface MessageEventOfWorker extends ExtendableEvent {
	data: { keep?: string[]; measure?: string[] } | null;
	source: { postMessage(message: unknown): void } | null;
	ports: readonly MessagePort[];
}
interface WorkerScope {
	registration: { scope: string };
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void> };
	addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
	addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
	addEventListener(type: 'message', listener: (event: MessageEventOfWorker) => void): void;
}
declare const RELEASE: Release;

const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
/** Caches are the origin's: a release's cache is named by its scope too, so two editions of one host (shards) keep apart. */
const ownCaches = `edition ${scope} `;
const CACHE = `${ownCaches}${RELEASE.name}`;

/** Whether the reader asked the browser to save data (Chromium tells a worker; other engines never say). */
const metered = () => Boolean((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData);

/** The absolute URL a file is kept under: its path, without search or fragment. */
const keyOf = (path: string) => scope + path;

/** One of the release's two catalogues: from its cache, else fetched and kept there (while the release is kept). */
const catalogueFiles = new Map<string, Promise<Catalogue>>();
function catalogueFile(which: 'first' | 'more'): Promise<Catalogue> {
	const url = scope + RELEASE.catalogues[which];
	let file = catalogueFiles.get(url);
	if (!file) {
		file = (async () => {
			let response = await caches.match(url, { cacheName: CACHE });
			if (!response) {
				response = await fetch(url, { cache: 'no-cache' });
				if (!response.ok) throw new Error(`${url}: ${response.status}`);
				if (await caches.has(CACHE)) await (await caches.open(CACHE)).put(url, response.clone());
			}
			return (await response.json()) as Catalogue;
		})();
		file.catch(() => catalogueFiles.delete(url));
		catalogueFiles.set(url, file);
	}
	return file;
}

/** The release's files by key, and each year's articles: of the first catalogue, or (`all`) of both. */
async function readCatalogue(all = true): Promise<{ rows: Map<string, Row>; years: Record<string, string[]> }> {
	const catalogues = await Promise.all([catalogueFile('first'), ...(all ? [catalogueFile('more')] : [])]);
	const rows = new Map<string, Row>();
	for (const { parts } of catalogues) {
		for (const [part, files] of Object.entries(parts)) {
			const folder = part.startsWith('article ') ? `articles/${part.slice(8)}/` : '';
			for (const [path, revision, bytes] of files) rows.set(keyOf(folder + path), [folder + path, revision, bytes, part]);
		}
	}
	return { rows, years: catalogues[1]?.years ?? {} };
}

/** The SHA-256 revision of a body, as the build writes it (16 hex digits). */
async function revisionOf(body: ArrayBuffer): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
	return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A copy of `response` if its body is the release's file (`revision`), else undefined. */
async function matching(response: Response | undefined, revision: string): Promise<Response | undefined> {
	if (!response?.ok) return undefined;
	const body = await response.arrayBuffer();
	if ((await revisionOf(body)) !== revision) return undefined;
	return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** The caches of this scope's other releases, newest last. */
async function otherReleases(): Promise<string[]> {
	return (await caches.keys()).filter((name) => name.startsWith(ownCaches) && name !== CACHE);
}

/**
 * Keeps `rows` in the release's cache, six at a time: what is kept already stays; what an earlier
 * release kept unchanged is copied; the rest is fetched (revalidating the browser's HTTP cache). A
 * file that does not match its revision throws. `progress` hears of each file kept.
 */
async function keep(rows: Row[], progress: (row: Row) => void = () => undefined): Promise<void> {
	const cache = await caches.open(CACHE);
	const earlier = await Promise.all((await otherReleases()).map((name) => caches.open(name)));
	const queue = [...rows];
	const next = async (): Promise<void> => {
		const row = queue.shift();
		if (!row) return;
		const [path, revision] = row;
		const key = keyOf(path);
		if (!(await cache.match(key))) {
			let kept: Response | undefined;
			for (const old of earlier) kept ??= await matching(await old.match(key), revision);
			kept ??= await matching(await fetch(key, { cache: 'no-cache' }), revision);
			if (!kept) throw new Error(`${key} is not the file of release ${RELEASE.name}`);
			await cache.put(key, kept);
		}
		progress(row);
		return next();
	};
	await Promise.all(Array.from({ length: 6 }, next));
}

/** The rows of the parts named (`core`, `shell`, `article <slug>`, `year <yyyy>`, `search`, `pages`), or all for `edition`. */
async function rowsOf(parts: string[]): Promise<Row[]> {
	const { rows, years } = await readCatalogue(!parts.every((part) => FIRST_PARTS.includes(part)));
	const wanted = new Set(parts.flatMap((part) => (part.startsWith('year ') ? [part, ...(years[part.slice(5)] ?? []).map((slug) => `article ${slug}`)] : [part])));
	return [...rows.values()].filter(([, , , part]) => wanted.has('edition') || wanted.has(part));
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			await caches.open(CACHE);
			await keep(await rowsOf(metered() ? ['core'] : RELEASE.whole ? ['edition'] : ['core', 'shell']));
			await worker.skipWaiting();
		})(),
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			await Promise.all((await otherReleases()).map((name) => caches.delete(name)));
			await worker.clients.claim();
		})(),
	);
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (request.method !== 'GET' || !url.href.startsWith(scope)) return;
	event.respondWith(answer(event, keyOf(decodeURI(url.pathname).slice(new URL(scope).pathname.length))));
});

/** The release's file at `key` if kept; else the network's (kept if it is the release's); else, for a page, the offline page. */
async function answer(event: FetchEvent, key: string): Promise<Response> {
	// Matched by name, never opened: opening would make again the cache of a release a newer one deleted.
	const kept = await caches.match(key, { cacheName: CACHE });
	if (kept) return kept;
	try {
		const response = await fetch(event.request);
		event.waitUntil(keepOpened(key, response.clone()).catch(() => undefined));
		return response;
	} catch (error) {
		if (event.request.mode !== 'navigate') throw error;
		return (await caches.match(keyOf(RELEASE.offline), { cacheName: CACHE })) ?? Response.error();
	}
}

/** Keeps a file of the release a reader opened, and with an article's view the rest of its article (unless metered), while the release is the one kept. */
async function keepOpened(key: string, response: Response): Promise<void> {
	const row = (await readCatalogue()).rows.get(key);
	if (!row || !(await caches.has(CACHE))) return;
	const kept = await matching(response, row[1]);
	if (!kept) return;
	await (await caches.open(CACHE)).put(key, kept);
	if (row[3].startsWith('article ') && !metered()) await keep(await rowsOf([row[3]]));
}

worker.addEventListener('message', (event) => {
	const { keep: parts, measure } = event.data ?? {};
	// Answers on the port the page sent, else to the page itself.
	const reply = (message: object) => (event.ports?.[0] ?? event.source)?.postMessage(message);
	if (measure) event.waitUntil(measured(measure).then(reply));
	if (!parts) return;
	event.waitUntil(
		(async () => {
			const rows = await rowsOf(parts);
			let kept = 0;
			try {
				await keep(rows, () => reply({ kept: ++kept, of: rows.length }));
				reply({ done: true, ...(await measured(parts)) });
			} catch (error) {
				reply({ failed: String(error) });
			}
		})(),
	);
});

/** How many bytes the parts hold, and how many of them this release keeps already. */
async function measured(parts: string[]): Promise<{ bytes: number; keptBytes: number }> {
	const rows = await rowsOf(parts);
	const cache = await caches.open(CACHE);
	const kept = new Set((await cache.keys()).map((request) => request.url));
	const sum = (list: Row[]) => list.reduce((n, row) => n + row[2], 0);
	return { bytes: sum(rows), keptBytes: sum(rows.filter(([path]) => kept.has(new URL(keyOf(path)).href))) };
}
