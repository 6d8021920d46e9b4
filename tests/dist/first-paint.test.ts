// Every page waits for its HTML to arrive to its end before its first paint (Page.astro), so a page that arrives in pieces never shows half of itself that then moves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = readdirSync(dist, { recursive: true })
	.map(String)
	.filter((f) => f.endsWith('.html'));

test('every page blocks its first paint until the element after its main text has been parsed', () => {
	expect(pages.length).toBeGreaterThan(10);
	for (const page of pages) {
		const html = readFileSync(join(dist, page), 'utf8');
		const head = html.slice(0, html.indexOf('</head>'));
		const expected = /<link rel="expect" href="#([\w-]+)" blocking="render">/.exec(head)?.[1];
		expect(expected, `${page}: no <link rel="expect" blocking="render"> in its head`).toBeDefined();
		// The element it names comes after the page's main text (the footer), once.
		const at = html.indexOf(` id="${expected}"`);
		expect(at, `${page}: no element #${expected}`).toBeGreaterThan(html.indexOf('</main>'));
		expect(html.indexOf('</main>'), page).toBeGreaterThan(0);
		expect(html.indexOf(` id="${expected}"`, at + 1), `${page}: #${expected} twice`).toBe(-1);
	}
});
