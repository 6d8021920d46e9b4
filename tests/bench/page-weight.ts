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
 * What a page needs for its first render: its HTML and every stylesheet and script it links
 * (inline ones are part of the HTML). Module scripts are counted apart: none is needed to read.
 */
export function firstRender(dist: string, page: string, base = '/') {
	const html = readFileSync(join(dist, page), 'utf8');
	const linked = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!).map((href) => readFileSync(join(dist, href.slice(base.length))));
	const css = linked(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
	const js = linked(/<script[^>]+src="([^"]+)"/g);
	const inlineJs = [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('');
	return {
		html: sizes(html),
		css: sizes(Buffer.concat(css)),
		js: sizes(Buffer.concat(js)),
		inlineJs: sizes(inlineJs),
		total: sizes(Buffer.concat([Buffer.from(html), ...css])),
	};
}

/** The compressed size of an article's own text in both languages: the floor no edition can beat. */
export function textFloor(dist: string, slug: string) {
	const aligned = JSON.parse(readFileSync(join(dist, 'articles', slug, 'aligned.json'), 'utf8')) as { zh: string; en: string }[];
	return sizes(aligned.map((p) => `${p.zh}\n${p.en}\n`).join(''));
}
