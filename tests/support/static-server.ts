// Serves a built site as a static host does: the folder mounted at a base path (or several, one
// per shard), `index.html` for folders, `404.html` (under base) with status 404 otherwise. Port 0 takes a free port.
// (astro preview allows one server per project; the tests need several sites at once.)
// Usage: node tests/support/static-server.ts <dir> <port> [base]
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.tsv': 'text/tab-separated-values; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

/** A running static server and the URL of the site's base. */
export interface StaticSite {
	url: string;
	server: Server;
	close(): Promise<void>;
}

/** How the server sends its pages. */
export interface ServeOptions {
	/**
	 * Each HTML page in two pieces, as a slow network (or a busy browser whose parser yields) brings
	 * it: the bytes before `cut(html)`, then the rest `pause` ms later.
	 */
	htmlInPieces?: { cut: (html: Buffer) => number; pause: number };
}

/** Serves `dir` at `http://127.0.0.1:<port><base>`; resolves once it listens. */
export function serveStatic(dir: string, port = 0, base = '/', options: ServeOptions = {}): Promise<StaticSite> {
	return serveMounts([{ dir, base }], port, options);
}

/**
 * Serves several built sites from one host, each folder at its base path (the shards of one
 * edition); a path is served from the mount with the longest base it starts with. The URL is the
 * first mount's.
 */
export function serveMounts(mounts: { dir: string; base: string }[], port = 0, { htmlInPieces }: ServeOptions = {}): Promise<StaticSite> {
	const roots = mounts.map(({ dir, base }) => ({ root: resolve(dir), base })).sort((a, b) => b.base.length - a.base.length);
	const mountFor = (pathname: string) => roots.find((m) => pathname.startsWith(m.base));
	const fileFor = (pathname: string): string | undefined => {
		const mount = mountFor(pathname);
		if (!mount) return undefined;
		const relative = normalize(decodeURIComponent(pathname.slice(mount.base.length)));
		if (relative.startsWith('..')) return undefined;
		let file = join(mount.root, relative);
		try {
			if (statSync(file).isDirectory()) file = join(file, 'index.html');
			return statSync(file).isFile() ? file : undefined;
		} catch {
			return undefined;
		}
	};
	const base = mounts[0]!.base;
	const server = createServer((request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		const file = fileFor(pathname);
		if (!file) {
			const notFound = fileFor(`${mountFor(pathname)?.base ?? base}404.html`);
			response.writeHead(404, { 'Content-Type': TYPES['.html']! });
			if (notFound) createReadStream(notFound).pipe(response);
			else response.end('Not found');
			return;
		}
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		if (htmlInPieces && extname(file) === '.html') {
			const html = readFileSync(file);
			const cut = htmlInPieces.cut(html);
			response.write(html.subarray(0, cut));
			setTimeout(() => response.end(html.subarray(cut)), htmlInPieces.pause);
		} else createReadStream(file).pipe(response);
	});
	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => {
			const { port: actual } = server.address() as AddressInfo;
			done({
				url: `http://127.0.0.1:${actual}${base}`,
				server,
				// Open connections too (a browser's kept-alive or preconnected sockets), which would
				// otherwise hold close() until the browser lets them go.
				close: () =>
					new Promise((closed) => {
						server.close(() => closed());
						server.closeAllConnections();
					}),
			});
		});
	});
}

if (import.meta.main) {
	const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
	const site = await serveStatic(dir, Number(port), base);
	console.log(`Serving ${resolve(dir)} at ${site.url}`);
}
