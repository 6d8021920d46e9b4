// Build step: keeps in each page's Content-Security-Policy only the hashes of the inline code that page has.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
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

/** Trims the policy of each page in `files` (absolute paths), rewriting those it changes. */
export function trimCspOfFiles(files: string[]): void {
	for (const path of files) {
		const html = readFileSync(path, 'utf8');
		const trimmed = trimCspPerPage(html);
		if (trimmed !== html) writeFileSync(path, trimmed);
	}
}

/**
 * Astro integration: applies `trimCspPerPage` to every built HTML page, in worker threads on the
 * machine's cores (at 1000 articles the pass reads and writes 6000 pages: 7 s in one thread),
 * started when the pages are written and awaited at the end of the build.
 */
export function cspPerPage(): AstroIntegration {
	let trimming: Promise<unknown> | undefined;
	return {
		name: 'edition:csp-per-page',
		hooks: {
			'astro:build:generated': ({ dir }) => {
				const root = fileURLToPath(dir);
				const pages = readdirSync(root, { recursive: true })
					.map(String)
					.filter((f) => f.endsWith('.html'))
					.map((f) => join(root, f));
				const threads = Math.max(1, Math.min(availableParallelism(), Math.ceil(pages.length / 500)));
				trimming = Promise.all(Array.from({ length: threads }, (_, k) => trimInWorker(pages.filter((_, i) => i % threads === k))));
				trimming.catch(() => undefined);
			},
			'astro:build:done': async () => {
				await trimming;
			},
		},
	};
}

function trimInWorker(files: string[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./csp-worker.ts', import.meta.url), { workerData: files });
		worker.on('error', (error) => reject(new Error(`Trimming the pages' Content-Security-Policy failed: ${error.stack ?? error.message}`)));
		worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The Content-Security-Policy worker exited with code ${code}.`))));
	});
}
