// The service worker: keeps one release of the edition in one cache and serves what it keeps, so a
// reader reads offline. The build (src/integrations/offline-release.ts) writes it to <base>sw.js as one
// classic script, with its release before it (`RELEASE`): no imports, types only (they are stripped),
// since Firefox ESR runs no module service workers. What each part holds: src/lib/offline/release.ts.
//
// - install: keeps the parts for a first visit, as the release's catalogues list them (the whole
//   edition when it is small, else the core and shell; only the core on a metered connection) in the
//   release's own cache, each file checked against its revision; a file unchanged since the release
//   kept before is copied from that one's cache, not fetched again. A file that does not match (the
//   host already serves another release) fails the install and its cache is deleted; the next visit
//   tries again.
// - activate: deletes the caches of other releases of this scope, takes over open pages at once and
//   reloads those the old release served (WindowClient.navigate), so no page mixes two releases; then
//   keeps what the open pages show (a first page was not yet controlled): their article whole, or on
//   a metered connection the files opened.
// - fetch: a file of the release is served from its cache; one not yet kept is fetched past the HTTP
//   cache and checked against its revision: kept if it matches (the other views of an article are then
//   kept too, unless the connection is metered), else (the host serves another release) not given to
//   the page: a page gets the offline page, a file fails, and the worker looks for its update. A page
//   the network cannot give is answered by the offline page. Other requests are the browser's.
// - message `{ release: true }` from a page: answers `{ cache }`, the name of the release's cache (the
//   offline page lists the articles it holds);
// - message `{ measure: parts }` from a page: answers `{ bytes, keptBytes }`, what the parts hold and
//   how much of it is kept; `{ keep: parts }`: keeps them, answering `{ kept, of }` for each file, then
//   `{ done, bytes, keptBytes }` or `{ failed }` (keep-offline.ts shows it).

interface Release {
	name: string;
	catalogues: { first: string; more: string };
	whole: boolean;
	offline: string;
	/** The parts the first catalogue lists (FIRST_PARTS in release.ts). */
	first: string[];
	/** The source of RELEASE_PATHS (release.ts): the paths a file of the release can have. */
	paths: string;
	/** The folder an article's paths in the catalogue are relative to, `*` for its slug (articleFolder in release.ts). */
	articleFolder: string;
}
/** A file of the release: path (relative to the scope), revision, bytes, part. */
type Row = [string, string, number, string];
/** A catalogue as the build writes it (catalogueOf in src/lib/offline/release.ts): each part's files, an article's relative to its folder. */
interface Catalogue {
	parts: Record<string, [string, string, number][]>;
	years?: Record<string, string[]>;
	/** In the first: the bytes of the whole edition and of each year (`year <yyyy>`: its pages and articles), to measure them without the second. */
	sizes?: Record<string, number>;
}
interface ExtendableEvent extends Event {
	waitUntil(work: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
	request: Request;
	respondWith(response: Promise<Response>): void;
}
interface MessageEventOfWorker extends ExtendableEvent {
	data: { keep?: string[]; measure?: string[]; release?: true } | null;
	source: { postMessage(message: unknown): void } | null;
	ports: readonly MessagePort[];
}
interface WindowClientOfWorker {
	url: string;
	navigate(url: string): Promise<unknown>;
}
interface WorkerScope {
	registration: { scope: string; update(): Promise<unknown> };
	skipWaiting(): Promise<void>;
	clients: { claim(): Promise<void>; matchAll(options: { type: 'window'; includeUncontrolled?: boolean }): Promise<WindowClientOfWorker[]> };
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
/** The scope's own path, which every path of the release is relative to. */
const scopePath = new URL(scope).pathname;
/** Whether a path can be a file of a release (RELEASE_PATHS): no other is looked up in a catalogue. */
const releasePaths = new RegExp(RELEASE.paths);
/** A URL's path relative to the scope, a page's as its folder (`articles/x/index.html` and `articles/x` as `articles/x/`), or undefined outside the scope. */
function pathOf(url: string): string | undefined {
	if (!url.startsWith(scope)) return undefined;
	const path = decodeURI(new URL(url).pathname).slice(scopePath.length).replace(/(^|\/)index\.html$/, '$1');
	return releasePaths.test(path) || !releasePaths.test(`${path}/`) ? path : `${path}/`;
}

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

/** A catalogue's files by key. */
const rowMaps = new Map<Catalogue, Map<string, Row>>();
function rowsIn(catalogue: Catalogue): Map<string, Row> {
	let rows = rowMaps.get(catalogue);
	if (!rows) {
		rows = new Map();
		for (const [part, files] of Object.entries(catalogue.parts)) {
			const folder = part.startsWith('article ') ? RELEASE.articleFolder.replace('*', part.slice('article '.length)) : '';
			for (const [path, revision, bytes] of files) rows.set(keyOf(folder + path), [folder + path, revision, bytes, part]);
		}
		rowMaps.set(catalogue, rows);
	}
	return rows;
}

/** Whether the second catalogue is read or kept already (a metered reader's worker fetches it only when asked to keep more). */
async function moreCatalogueHeld(): Promise<boolean> {
	const url = scope + RELEASE.catalogues.more;
	return catalogueFiles.has(url) || Boolean(await caches.match(url, { cacheName: CACHE }));
}

/** The release's files by key, and each year's articles: of the first catalogue, or (`all`) of both. */
async function readCatalogue(all = true): Promise<{ rows: Map<string, Row>; years: Record<string, string[]> }> {
	const catalogues = await Promise.all([catalogueFile('first'), ...(all ? [catalogueFile('more')] : [])]);
	return { rows: new Map(catalogues.flatMap((catalogue) => [...rowsIn(catalogue)])), years: catalogues[1]?.years ?? {} };
}

/**
 * The release's file at `path`, or undefined if it has none there. The second catalogue (about 0.7 MB
 * at 1000 articles) is read for it unless the connection is metered and it is not kept yet (a reader
 * who saves data and chose nothing to keep): then only the first is, and a file of the other parts is
 * unknown (undefined).
 */
async function rowOf(path: string): Promise<Row | undefined> {
	if (!releasePaths.test(path)) return undefined;
	const key = keyOf(path);
	const first = rowsIn(await catalogueFile('first')).get(key);
	if (first) return first;
	if (metered() && !(await moreCatalogueHeld())) return undefined;
	return rowsIn(await catalogueFile('more')).get(key);
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

/**
 * The network's copy of the file at `key` if it is the release's (past the HTTP cache), else undefined:
 * three tries, 0.5 s and 1 s apart, so a moment's failure of the network fails no install; the last logged.
 */
async function fetched(key: string, revision: string): Promise<Response | undefined> {
	for (let attempt = 1; ; attempt++) {
		let failure: unknown;
		try {
			const response = await fetch(key, { cache: 'no-cache' });
			const kept = await matching(response, revision);
			if (kept) return kept;
			failure = response.ok ? 'not of this release' : `HTTP ${response.status}`;
		} catch (error) {
			failure = error;
		}
		if (attempt === 3) return void console.warn(`${key} was not kept for release ${RELEASE.name}:`, failure);
		await new Promise((done) => setTimeout(done, 500 * attempt));
	}
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
	// Never made again once a newer release deleted it.
	if (!(await caches.has(CACHE))) throw new Error(`release ${RELEASE.name} is no longer kept`);
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
			kept ??= await fetched(key, revision);
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
	const { rows, years } = await readCatalogue(!parts.every((part) => RELEASE.first.includes(part)));
	const wanted = new Set(parts.flatMap((part) => (part.startsWith('year ') ? [part, ...(years[part.slice(5)] ?? []).map((slug) => `article ${slug}`)] : [part])));
	return [...rows.values()].filter(([, , , part]) => wanted.has('edition') || wanted.has(part));
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			await caches.open(CACHE);
			try {
				await keep(await rowsOf(metered() ? ['core'] : RELEASE.whole ? ['edition'] : ['core', 'shell']));
			} catch (error) {
				// Not half kept: the next visit installs again from the start (copying what the release before kept).
				await caches.delete(CACHE);
				console.warn(`The edition's release ${RELEASE.name} was not kept for reading offline:`, error);
				throw error;
			}
			await worker.skipWaiting();
		})(),
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// An update (a release was kept before): the open pages are the old release's, reloaded once this
			// one controls them, whether their script has run or not. A first install reloads nothing.
			const earlier = await otherReleases();
			await Promise.all(earlier.map((name) => caches.delete(name)));
			await worker.clients.claim();
			const open = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
			// Not awaited: a page's requests wait for the worker to be activated, which waiting for them here would delay.
			if (earlier.length) for (const client of open) client.navigate(client.url).catch(() => undefined);
			// What the open pages show, which a first visit opened before this worker was there to keep it.
			void (async () => {
				for (const path of new Set(open.map((client) => pathOf(client.url)))) {
					const row = path === undefined ? undefined : await rowOf(path).catch(() => undefined);
					if (row) await keepRow(row).catch(() => undefined);
				}
			})();
		})(),
	);
});

worker.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const path = pathOf(request.url);
	if (path !== undefined) event.respondWith(answer(event, path));
});

/**
 * The release's file at `path` if kept; else the network's, past the HTTP cache, if it is the
 * release's (and then kept); a file of another release is never given (a page gets the offline page,
 * a file fails, and the worker looks for its update); a page the network cannot give gets the offline page.
 */
async function answer(event: FetchEvent, path: string): Promise<Response> {
	const { request } = event;
	const offline = async () => {
		if (request.mode !== 'navigate') return Response.error();
		return (await caches.match(keyOf(RELEASE.offline), { cacheName: CACHE })) ?? Response.error();
	};
	// Matched by name, never opened: opening would make again the cache of a release a newer one deleted.
	const kept = await caches.match(keyOf(path), { cacheName: CACHE });
	if (kept) return kept;
	const looked = rowOf(path).catch(() => undefined);
	let response: Response;
	try {
		// A file that can be the release's is revalidated: a host's max-age never gives an old one.
		response = await fetch(request, releasePaths.test(path) ? { cache: 'no-cache' } : undefined);
	} catch {
		return offline();
	}
	const row = await looked;
	if (!row || !response.ok) return response;
	const checked = await matching(response, row[1]);
	if (!checked) {
		console.warn(`${request.url} is not the file of release ${RELEASE.name}: looking for the new release`);
		event.waitUntil(worker.registration.update().catch(() => undefined));
		return offline();
	}
	event.waitUntil(keepRow(row, checked.clone()).catch(() => undefined));
	return checked;
}

/** Keeps a file of the release a reader opened (its checked body if fetched already), and with an article's view the rest of its article (unless metered). */
async function keepRow(row: Row, body?: Response): Promise<void> {
	if (!(await caches.has(CACHE))) return;
	if (body) await (await caches.open(CACHE)).put(keyOf(row[0]), body);
	await keep(row[3].startsWith('article ') && !metered() ? await rowsOf([row[3]]) : [row]);
}

worker.addEventListener('message', (event) => {
	const { keep: parts, measure, release } = event.data ?? {};
	// Answers on the port the page sent, else to the page itself.
	const reply = (message: object) => (event.ports?.[0] ?? event.source)?.postMessage(message);
	if (release) reply({ cache: CACHE });
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

/**
 * How many bytes the parts hold, and how many of them this release keeps already. The edition or a
 * year is measured from the first catalogue while the second is not kept: then nothing but its own
 * parts can be kept (a file of the others needs the second to be checked).
 */
async function measured(parts: string[]): Promise<{ bytes: number; keptBytes: number }> {
	const first = await catalogueFile('first');
	const light = parts.every((part) => first.sizes?.[part] !== undefined) && !(await moreCatalogueHeld());
	if (!light) {
		const rows = await rowsOf(parts);
		return { bytes: rows.reduce((n, row) => n + row[2], 0), keptBytes: await keptBytesOf(rows) };
	}
	// Without the second catalogue only the first's files (all of them the edition's, none a year's) can be kept.
	const keptRows = parts.includes('edition') ? [...rowsIn(first).values()] : [];
	return { bytes: parts.reduce((n, part) => n + first.sizes![part]!, 0), keptBytes: await keptBytesOf(keptRows) };
}

/** The bytes of `rows` this release keeps. */
async function keptBytesOf(rows: Row[]): Promise<number> {
	const kept = new Set((await caches.has(CACHE)) ? (await (await caches.open(CACHE)).keys()).map((request) => request.url) : []);
	return rows.filter(([path]) => kept.has(new URL(keyOf(path)).href)).reduce((n, row) => n + row[2], 0);
}
