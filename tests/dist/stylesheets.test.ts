// What the README's caching advice rests on: every stylesheet the edition publishes is content-hashed under /_astro/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const files = readdirSync(dist, { recursive: true }).map(String);

test('every stylesheet in dist/ is under /_astro/ with a content hash in its name, and every page links only those', () => {
	const sheets = files.filter((f) => f.endsWith('.css'));
	expect(sheets.length).toBeGreaterThan(1);
	expect(sheets.filter((f) => !/^_astro\/[^/]+\.[\w-]{8}\.css$/.test(f))).toEqual([]);
	const pages = files.filter((f) => f.endsWith('.html'));
	expect(pages.length).toBeGreaterThan(10);
	for (const page of pages) {
		const linked = [...readFileSync(join(dist, page), 'utf8').matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((m) => /href="([^"]+)"/.exec(m[0])?.[1]);
		expect(linked.filter((href) => !href || !/^\/_astro\/[^/]+\.css$/.test(href)), page).toEqual([]);
	}
});
