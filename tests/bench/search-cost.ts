import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { percentiles, sizes } from './measure.ts';

/** Fifty distinct Chinese words and fifty distinct English words of the edition's text, in text order. */
export function benchQueries(dist: string): { zh: string[]; en: string[] } {
	const catalogue = JSON.parse(readFileSync(join(dist, 'articles.json'), 'utf8')).articles as { slug: string }[];
	const paragraphs = catalogue.flatMap((a) => JSON.parse(readFileSync(join(dist, 'articles', a.slug, 'aligned.json'), 'utf8')) as { zh: string; en: string }[]);
	const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
	const zh = new Set<string>();
	const en = new Set<string>();
	for (const p of paragraphs) {
		for (const s of segmenter.segment(p.zh)) if (s.isWordLike && [...s.segment].length >= 2) zh.add(s.segment);
		for (const w of p.en.match(/[A-Za-z]{4,}/g) ?? []) en.add(w.toLowerCase());
	}
	return { zh: [...zh].slice(0, 50), en: [...en].slice(0, 50) };
}

/** Types a query into the search page and returns the milliseconds until its results are painted. */
async function timeQuery(page: Page, query: string): Promise<number> {
	return page.evaluate(async (q) => {
		const element = document.querySelector('edition-search') as HTMLElement;
		const input = element.querySelector('input')!;
		const started = performance.now();
		const rendered = new Promise<void>((resolve) => {
			const observer = new MutationObserver(() => {
				if (element.dataset.query === q) {
					observer.disconnect();
					resolve();
				}
			});
			observer.observe(element, { attributes: true, attributeFilter: ['data-results'] });
		});
		input.value = q;
		input.dispatchEvent(new Event('input'));
		await rendered;
		// Painted: a task queued from the next animation frame runs once that frame, which holds the
		// DOM change, has been painted (a second animation frame would add the wait for the frame after).
		await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
		return performance.now() - started;
	}, query);
}

/** Bytes a host sends for a file of the built site: gzip where the file is not compressed already. */
function sentBytes(dist: string, base: string, url: string): { file: string; raw: number; gzip: number } {
	const file = new URL(url).pathname.slice(base.length);
	const path = join(dist, file);
	const raw = statSync(path).size;
	// Pagefind's index, fragments and WebAssembly are gzip files already; hosts send them as they are.
	const precompressed = /\.(pf_meta|pf_index|pf_fragment|pagefind)$/.test(file);
	return { file, raw, gzip: precompressed ? raw : sizes(readFileSync(path)).gzip };
}

/** The first query of each language on a fresh search page, and the files and bytes each fetched. */
export async function firstSearches(browser: Browser, dist: string, origin: string, base: string) {
	const firstSearch: Record<string, { files: ReturnType<typeof sentBytes>[]; gzip: number }> = {};
	for (const [language, query] of [['zh', '手工业'], ['en', 'cooperative']] as const) {
		const page = await browser.newPage();
		await page.goto(`${origin}${base}search/`);
		await page.waitForLoadState('networkidle');
		const fetched: string[] = [];
		page.on('requestfinished', (request) => {
			// The favicon arrives late from the page load itself; it is not search.
			if (!request.url().endsWith('favicon.svg')) fetched.push(request.url());
		});
		await timeQuery(page, query);
		await page.waitForLoadState('networkidle');
		const files = fetched.map((url) => sentBytes(dist, base, url));
		firstSearch[language] = { files, gzip: files.reduce((n, f) => n + f.gzip, 0) };
		await page.close();
	}
	return firstSearch;
}

/** Starts the system Chromium for measuring. */
export function launch(chromePath: string): Promise<Browser> {
	return chromium.launch({ executablePath: chromePath, args: ['--disable-background-networking'] });
}

/** Measures what searching costs in Chromium against the built site served at `origin + base`. */
export async function searchCost(dist: string, origin: string, base: string, chromePath: string) {
	const queries = benchQueries(dist);
	const browser = await launch(chromePath);
	try {
		const firstSearch = await firstSearches(browser, dist, origin, base);

		const page = await browser.newPage();
		await page.goto(`${origin}${base}search/`);
		await timeQuery(page, '手工业'); // load the index once; the figures are for later queries
		const later: string[] = [];
		page.on('requestfinished', (request) => later.push(request.url()));
		const times: Record<string, number[]> = { zh: [], en: [] };
		for (const language of ['zh', 'en'] as const) {
			for (const query of queries[language]) times[language]!.push(await timeQuery(page, query));
		}
		const laterBytes = later.map((url) => sentBytes(dist, base, url)).reduce((n, f) => n + f.gzip, 0);
		await page.close();
		return {
			firstSearch,
			laterQueries: { count: queries.zh.length + queries.en.length, bytesFetched: laterBytes },
			queryTimeMs: { zh: percentiles(times.zh!), en: percentiles(times.en!) },
		};
	} finally {
		await browser.close();
	}
}
