// Build step: keeps in each page's Content-Security-Policy only the hashes of the inline code that page has.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Keeps, in a page's CSP `<meta>`, only the hashes of inline scripts and styles that page has.
 * Astro's site-wide policy also allows the five island-hydration scripts (`client:load` …) on every
 * page; this edition has no islands, so those hashes only widen the policy and weigh ~400 bytes of
 * incompressible text on every page. External files stay allowed by 'self'.
 */
export function trimCspPerPage(html: string): string {
	const inline = (tag: 'script' | 'style') =>
		new Set(
			[...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)(?![^>]*application/ld\\+json)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => sha256(m[1]!)),
		);
	const present = { 'script-src': inline('script'), 'style-src': inline('style') };
	return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)(")/, (_, open: string, policy: string, close: string) => {
		const trimmed = policy.replace(/(script-src|style-src)([^;]*)/g, (_directive, name: 'script-src' | 'style-src', sources: string) => {
			const kept = sources.split(/\s+/).filter((source) => source && (!source.startsWith("'sha256-") || present[name].has(source)));
			return `${name} ${kept.join(' ')}`;
		});
		return open + trimmed + close;
	});
}

/** Astro integration: applies `trimCspPerPage` to every built HTML page. */
export function cspPerPage(): AstroIntegration {
	return {
		name: 'edition:csp-per-page',
		hooks: {
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				for (const file of readdirSync(root, { recursive: true }).map(String).filter((f) => f.endsWith('.html'))) {
					const path = join(root, file);
					const html = readFileSync(path, 'utf8');
					const trimmed = trimCspPerPage(html);
					if (trimmed !== html) writeFileSync(path, trimmed);
				}
			},
		},
	};
}
