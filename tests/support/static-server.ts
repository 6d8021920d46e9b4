// A minimal static file server for the built site, as a static host serves it: `dist/` mounted at
// a base path, `index.html` for directories, 404 otherwise. (astro preview allows one server per
// project; the tests need the root build and the sub-path build at once.)
// Usage: node tests/support/static-server.ts <dir> <port> [base]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [dir = 'dist', port = '4321', base = '/'] = process.argv.slice(2);
const root = resolve(dir);
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.tsv': 'text/tab-separated-values; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};

function fileFor(pathname: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
	if (relative.startsWith('..')) return undefined;
	let file = join(root, relative);
	try {
		if (statSync(file).isDirectory()) file = join(file, 'index.html');
		return statSync(file).isFile() ? file : undefined;
	} catch {
		return undefined;
	}
}

createServer((request, response) => {
	const { pathname } = new URL(request.url ?? '/', 'http://localhost');
	const file = fileFor(pathname);
	if (!file) {
		const notFound = fileFor(`${base}404.html`);
		response.writeHead(404, { 'Content-Type': TYPES['.html']! });
		if (notFound) createReadStream(notFound).pipe(response);
		else response.end('Not found');
		return;
	}
	response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
	createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
});
