import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizes } from './measure.ts';

/** The pages whose weight is measured, by type, relative to dist/. */
export function pageTypes(slug: string): Record<string, string> {
	return {
		home: 'index.html',
		parallel: `articles/${slug}/index.html`,
		'chinese view': `articles/${slug}/zh/index.html`,
		'english view': `articles/${slug}/en/index.html`,
		search: 'search/index.html',
	};
}

/**
 * What a page needs for its first render: its HTML, every stylesheet it links and every classic
 * script it loads (inline ones are part of the HTML). Module scripts are deferred, so they are
 * counted apart (`deferredJs`): the page renders and reads before and without them.
 */
export function firstRender(dist: string, page: string, base = '/') {
	const html = readFileSync(join(dist, page), 'utf8');
	const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!).map((href) => readFileSync(join(dist, href.slice(base.length))));
	// A print stylesheet (media="print") neither blocks nor is needed for the first render on screen.
	const css = linked(/<link(?![^>]*media="print")[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
	const js = linked(/<script(?![^>]*type="module")[^>]+src="([^"]+)"/g);
	const deferredJs = linked(/<script[^>]*type="module"[^>]+src="([^"]+)"/g);
	const inlineJs = [...html.matchAll(/<script(?![^>]*application\/ld\+json)(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
	// Each file is compressed on its own, as a host sends it.
	const gzip = (files: Buffer[]) => files.reduce((n, f) => n + sizes(f).gzip, 0);
	return {
		html: sizes(html),
		css: sizes(Buffer.concat(css)),
		js: sizes(Buffer.concat(js)),
		inlineJs: sizes(inlineJs),
		deferredJs: sizes(Buffer.concat(deferredJs)),
		total: { raw: html.length + css.reduce((n, f) => n + f.length, 0) + js.reduce((n, f) => n + f.length, 0), gzip: gzip([Buffer.from(html), ...css, ...js]) },
	};
}

/**
 * The compressed size of what the article page must say in any form: its text in both languages,
 * its editorial notes (text and basis), and its citations, which the page carries as text for
 * every paragraph (read here from the citation page, which lists the same ones). The floor no
 * edition of it can beat. `textOnly` leaves the notes and citations out, for comparison.
 */
export function textFloor(dist: string, slug: string, textOnly = false) {
	const read = (file: string) => readFileSync(join(dist, 'articles', slug, file), 'utf8');
	const aligned = JSON.parse(read('aligned.json')) as { zh: string; en: string }[];
	const text = aligned.map((p) => `${p.zh}\n${p.en}\n`);
	if (textOnly) return sizes(text.join(''));
	const notes = (JSON.parse(read('notes.json')) as { text: string; basis: string }[]).map((n) => `${n.text}\n${n.basis}\n`);
	const corrections = (JSON.parse(read('corrections.json')) as { received: string; reading: string; reason: string }[]).map((c) => `${c.received}\n${c.reading}\n${c.reason}\n`);
	const citations = [...read('cite/index.html').matchAll(/<p class="citation-text"[^>]*>(.*?)<\/p>/g)].map((m) => `${decodeEntities(m[1]!.replace(/<[^>]+>/g, ''))}\n`);
	return sizes([...text, ...notes, ...corrections, ...citations].join(''));
}

function decodeEntities(html: string): string {
	return html.replace(/&(#\d+|amp|lt|gt|quot);/g, (_, e: string) => (e[0] === '#' ? String.fromCodePoint(Number(e.slice(1))) : { amp: '&', lt: '<', gt: '>', quot: '"' }[e]!));
}
