import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { offlineRelease } from '../../src/lib/offline/release.ts';
import { sourceArticles, viewUrl } from '../support/sources.ts';
import type { SyntheticArticle } from '../support/synthetic.ts';
import { searchFor } from './support/search.ts';

// Offline after one visit (src/scripts/service-worker.ts): each test serves a built edition on a
// port of its own and stops the server to go offline, as a reader's network fails. The other specs
// block service workers (playwright.config.ts); these allow them.
test.use({ serviceWorkers: 'allow' });

const article = sourceArticles()[0]!;
const dist = new URL('../../dist/', import.meta.url).pathname;
const baseBuild = new URL('../.output/site-base/edition/', import.meta.url).pathname;

/** Stops a site's server, and every connection it holds: the network is gone. */
async function stop(site: StaticSite): Promise<void> {
	site.server.closeAllConnections();
	await site.close();
}

/** Waits until the page's service worker has kept its release (install done, worker active) and controls the page; returns the release caches of its scope. */
async function releaseKept(page: Page): Promise<string[]> {
	// Polled from here: waitForFunction takes the promise an async function returns for a true answer.
	await expect
		.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated' && Boolean(navigator.serviceWorker.controller)).catch(() => false), { timeout: 20_000 })
		.toBe(true);
	return page.evaluate(async () => {
		const scope = (await navigator.serviceWorker.getRegistration())!.scope;
		return (await caches.keys()).filter((name) => name.startsWith(`edition ${scope} `));
	});
}

/**
 * Every origin the page's requests and its service worker's went to, from now on, and how many the
 * worker made: the context hears both (page.on('request') misses the worker's own fetches).
 */
function origins(page: Page): { origins: Set<string>; byWorker: number } {
	const seen = { origins: new Set<string>(), byWorker: 0 };
	page.context().on('request', (request) => {
		seen.origins.add(new URL(request.url()).origin);
		if (request.serviceWorker()) seen.byWorker++;
	});
	return seen;
}

test('after one visit online, the edition reads offline: another view, search in both languages, the word lookup, Cite; a page never kept shows the offline page', async ({ page }) => {
	test.setTimeout(60_000);
	const site = await serveStatic(dist);
	const asked = origins(page);
	await page.goto(site.url);
	await page.goto(`${site.url}${viewUrl(article.slug, 'parallel')}`);
	expect(await releaseKept(page)).toHaveLength(1);
	await stop(site);
	await expect(page.request.get(site.url)).rejects.toThrow();

	// The English view, never opened.
	await page.goto(`${site.url}${viewUrl(article.slug, 'en')}`);
	await expect(page.locator('h1')).toContainText(article.en.title);
	await expect(page.locator('.paragraph')).toHaveCount(article.en.paragraphs.length);

	// Search, in Chinese and in English: Pagefind's script, WebAssembly, index and fragments, and segments.json, all kept.
	expect((await searchFor(page, '合作化', `${site.url}search/`)).length).toBeGreaterThan(0);
	expect((await searchFor(page, 'cooperativization', `${site.url}search/`)).length).toBeGreaterThan(0);

	// The word lookup (its script, stylesheet and words.json are loaded on first use) and a Cite panel, on the Chinese view.
	await page.goto(`${site.url}${viewUrl(article.slug, 'zh')}`);
	await page.locator('.word-lookup-start').click();
	const lookup = page.locator('.word-lookup:popover-open');
	await expect(lookup.locator('.word-lookup-entry > .word-lookup-word')).toHaveText(/^本报\s/);
	await page.keyboard.press('Escape');
	await page.locator('#p2 details.cite > summary').click();
	await expect(page.locator('#p2 .cite-panel dl:not(.segment-links) .copy-button').first()).toBeVisible();

	// A page this browser never kept: the offline page, in both languages, listing the article kept.
	await page.goto(`${site.url}articles/${article.slug}/tei.xml`);
	await expect(page.locator('h1')).toHaveText('Not kept for reading offline · 此页未保存，无法离线阅读');
	// Another release's cache of this scope (an install that stopped half way, say) is not what the worker reads from: not listed.
	await page.evaluate(async () => {
		const scope = (await navigator.serviceWorker.getRegistration())!.scope;
		await (await caches.open(`edition ${scope} 000000000000`)).put(`${scope}articles/elsewhere/`, new Response('<h1>Of another release</h1>', { headers: { 'Content-Type': 'text/html' } }));
	});
	await page.goto(`${site.url}1954/`);
	await expect(page.locator('h1')).toContainText('Not kept for reading offline');
	await expect(page.locator('.offline-kept li a')).toHaveText([`${article.zh.title} · ${article.en.title}`]);
	expect([...asked.origins]).toEqual([new URL(site.url).origin]);
	expect(asked.byWorker).toBeGreaterThan(50);
});

test('the home page’s control says the edition is kept, on the first visit and the next, and nothing moves as it does', async ({ page }) => {
	const site = await serveStatic(dist);
	try {
		await page.addInitScript(() => {
			const w = window as unknown as { __moved: string[] };
			w.__moved = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
					for (const s of entry.sources) w.__moved.push(`${entry.value.toFixed(5)} ${(s.node as Element | undefined)?.className ?? s.node?.nodeName}`);
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		// The first visit keeps the (small) edition whole in the background; the control says so once the worker answers.
		for (const visit of ['first', 'next']) {
			await page.goto(site.url);
			await expect(page.locator('.keep-offline'), visit).toHaveAttribute('data-kept', 'true', { timeout: 30_000 });
			await expect(page.locator('.keep-offline-status')).toHaveText(/^Kept for reading offline \(\d+\.\d MB\)\.$/);
			await expect(page.locator('.keep-offline button')).toBeHidden();
			await page.waitForTimeout(200);
			expect(await page.evaluate(() => (window as unknown as { __moved: string[] }).__moved), visit).toEqual([]);
		}
	} finally {
		await stop(site);
	}
});

test('a new release at the same address replaces the kept one whole at the next online visit; in a large edition an article opened is kept with all its views', async ({ page }) => {
	test.setTimeout(60_000);
	const first = await serveStatic(dist);
	await page.goto(first.url);
	const [old] = await releaseKept(page);
	await stop(first);
	// The twenty-article edition (built by the global setup), past the size kept whole: the next release.
	const articles = JSON.parse(process.env.EDITION_SCALE_ARTICLES!) as SyntheticArticle[];
	const second = await serveStatic(process.env.EDITION_SCALE_DIST!, Number(new URL(first.url).port));
	try {
		// The home page comes from the old release's cache; the worker finds the new one, keeps it, takes
		// over, and the page reloads into the new release.
		await page.goto(second.url);
		await expect(page.locator('.article-list h4 a')).toHaveCount(articles.length, { timeout: 20_000 });
		const now = await releaseKept(page);
		expect(now).toHaveLength(1);
		expect(now[0]).not.toBe(old);
		// One article opened online: all its views are kept.
		await page.goto(`${second.url}articles/${articles[3]!.slug}/`);
		await expect.poll(() => page.evaluate(async (slug) => Boolean(await caches.match(`${location.origin}/articles/${slug}/zh/pinyin/`)), articles[3]!.slug)).toBe(true);
	} finally {
		await stop(second);
	}
	await page.goto(second.url);
	await expect(page.locator('.article-list h4 a')).toHaveCount(articles.length);
	await page.goto(`${second.url}articles/${articles[3]!.slug}/en/`);
	await expect(page.locator('.paragraph')).toHaveCount(articles[3]!.paragraphs);
	// The old release's article is gone with its release; an article never opened is not kept.
	for (const slug of [article.slug, articles[4]!.slug]) {
		await page.goto(`${second.url}articles/${slug}/`);
		await expect(page.locator('h1')).toContainText('Not kept for reading offline');
	}
	// The new release's search page, script and WebAssembly are kept (the shell).
	await page.goto(`${second.url}search/`);
	await expect(page.locator('#search-query')).toBeVisible();
});

test('in a large edition, one control keeps a year: it says how much it will download and shows its progress; the year’s articles then read offline, and no other', async ({ page }) => {
	test.setTimeout(60_000);
	const articles = JSON.parse(process.env.EDITION_SCALE_ARTICLES!) as SyntheticArticle[];
	const year = articles.at(-1)!.date.slice(0, 4);
	const [ofYear, others] = [articles.filter((a) => a.date.startsWith(year)), articles.filter((a) => !a.date.startsWith(year))];
	expect(ofYear.length && others.length).toBeGreaterThan(0);
	// What the year holds, as the build's catalogue counts it: its pages and its articles.
	const release = offlineRelease(process.env.EDITION_SCALE_DIST!);
	expect(release.whole).toBe(false);
	const yearBytes = release.files.filter((f) => f.part === `year ${year}` || ofYear.some((a) => f.part === `article ${a.slug}`)).reduce((n, f) => n + f.bytes, 0);
	const site = await serveStatic(process.env.EDITION_SCALE_DIST!);
	try {
		await page.goto(site.url);
		await releaseKept(page);
		await page.goto(`${site.url}${year}/`);
		const control = page.locator('.keep-offline');
		const status = control.locator('.keep-offline-status');
		await expect(status).toHaveText(/^\d+\.\d MB to download\.$/);
		const said = Number(/^([\d.]+)/.exec((await status.textContent())!)![1]);
		// The year's page itself may be kept already (opened): at most it and a rounding less.
		expect(said).toBeLessThanOrEqual(yearBytes / 1e6 + 0.05);
		expect(said).toBeGreaterThanOrEqual(yearBytes / 1e6 - 0.15);
		await status.evaluate((el) => {
			const w = window as unknown as { statuses: string[] };
			w.statuses = [];
			new MutationObserver(() => w.statuses.push(el.textContent!)).observe(el, { childList: true, characterData: true, subtree: true });
		});
		await control.locator('button').click();
		await expect(control).toHaveAttribute('data-kept', 'true', { timeout: 30_000 });
		await expect(status).toHaveText(`Kept for reading offline (${(yearBytes / 1e6).toFixed(1)} MB).`);
		const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
		const files = release.files.filter((f) => f.part === `year ${year}` || ofYear.some((a) => f.part === `article ${a.slug}`)).length;
		expect(statuses).toContain(`${files} of ${files} files kept…`);
		await expect(control.locator('button')).toBeHidden();
	} finally {
		await stop(site);
	}
	for (const view of ['zh/pinyin/', 'en/']) {
		await page.goto(`${site.url}articles/${ofYear[0]!.slug}/${view}`);
		await expect(page.locator('.paragraph')).toHaveCount(ofYear[0]!.paragraphs);
	}
	await page.goto(`${site.url}articles/${others[0]!.slug}/`);
	await expect(page.locator('h1')).toContainText('Not kept for reading offline');
});

/** Every path the site's server is asked for, from now on (the page's and its service worker's requests alike). */
function served(site: StaticSite): string[] {
	const paths: string[] = [];
	site.server.on('request', (request) => void paths.push(new URL(request.url ?? '/', 'http://localhost').pathname));
	return paths;
}

test('in a large edition, the article a reader opens first, before the worker is there, is kept with all its views', async ({ page }) => {
	test.setTimeout(60_000);
	const articles = JSON.parse(process.env.EDITION_SCALE_ARTICLES!) as SyntheticArticle[];
	const site = await serveStatic(process.env.EDITION_SCALE_DIST!);
	try {
		await page.goto(`${site.url}articles/${articles[7]!.slug}/`);
		await releaseKept(page);
		await expect.poll(() => page.evaluate(async (slug) => Boolean(await caches.match(`${location.origin}/articles/${slug}/zh/pinyin/`)), articles[7]!.slug), { timeout: 20_000 }).toBe(true);
	} finally {
		await stop(site);
	}
	for (const view of ['en/', 'zh/pinyin/', 'cite/']) {
		await page.goto(`${site.url}articles/${articles[7]!.slug}/${view}`);
		await expect(page.locator('h1')).not.toContainText('Not kept for reading offline');
	}
	await page.goto(`${site.url}articles/${articles[7]!.slug}/en/`);
	await expect(page.locator('.paragraph')).toHaveCount(articles[7]!.paragraphs);
});

test('a file of the release not kept yet is checked when fetched: while the host already serves another release, a page of the old one gets none of its files', async ({ page }) => {
	test.setTimeout(60_000);
	const articles = JSON.parse(process.env.EDITION_SCALE_ARTICLES!) as SyntheticArticle[];
	const slug = articles[5]!.slug;
	// The next release: the same edition with one article's words.json and English view changed.
	const next = mkdtempSync(join(tmpdir(), 'edition-next-'));
	cpSync(process.env.EDITION_SCALE_DIST!, next, { recursive: true });
	for (const file of ['words.json', 'en/index.html']) appendFileSync(join(next, 'articles', slug, file), '\n');
	const first = await serveStatic(process.env.EDITION_SCALE_DIST!);
	await page.goto(first.url);
	await releaseKept(page);
	await stop(first);
	const second = await serveStatic(next, Number(new URL(first.url).port));
	try {
		const fetched = (path: string) => page.evaluate((url) => fetch(url).then((response) => response.status, () => 'failed'), `${second.url}${path}`);
		expect(await fetched(`articles/${slug}/words.json`)).toBe('failed');
		expect(await fetched(`articles/${slug}/segments.json`)).toBe(200);
		await page.goto(`${second.url}articles/${slug}/en/`);
		await expect(page.locator('h1')).toContainText('Not kept for reading offline');
		expect(await page.evaluate(async (url) => (await caches.match(url)) === undefined, `${second.url}articles/${slug}/en/`)).toBe(true);
	} finally {
		await stop(second);
		rmSync(next, { recursive: true, force: true });
	}
});

test('a page first loaded before the worker was there reloads when a new release takes over', async ({ page }) => {
	test.setTimeout(60_000);
	const articles = JSON.parse(process.env.EDITION_SCALE_ARTICLES!) as SyntheticArticle[];
	const first = await serveStatic(dist);
	await page.goto(first.url);
	await releaseKept(page);
	await page.evaluate(() => Object.assign(window, { oldPage: true }));
	await stop(first);
	const second = await serveStatic(process.env.EDITION_SCALE_DIST!, Number(new URL(first.url).port));
	try {
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update()).catch(() => undefined);
		await expect(page.locator('.article-list h4 a')).toHaveCount(articles.length, { timeout: 20_000 });
		expect(await page.evaluate(() => 'oldPage' in window)).toBe(false);
	} finally {
		await stop(second);
	}
});

test('in a large edition, a download opened asks for no catalogue: the second is fetched only for a file of the release', async ({ page }) => {
	test.setTimeout(60_000);
	const articles = JSON.parse(process.env.EDITION_SCALE_ARTICLES!) as SyntheticArticle[];
	const site = await serveStatic(process.env.EDITION_SCALE_DIST!);
	const paths = served(site);
	try {
		await page.goto(site.url);
		await releaseKept(page);
		await page.goto(`${site.url}articles/${articles[2]!.slug}/tei.xml`);
		// What the worker would fetch for it, it fetches at once (the old worker did, once the download had come).
		await page.waitForTimeout(1000);
		expect(paths).toContain(`/articles/${articles[2]!.slug}/tei.xml`);
		expect(paths.filter((path) => path.startsWith('/sw-release'))).toEqual([expect.stringMatching(/^\/sw-release\.[0-9a-f]+\.json$/)]);
		await page.goto(`${site.url}articles/${articles[2]!.slug}/`);
		await expect.poll(() => paths.some((path) => path.endsWith('.more.json'))).toBe(true);
	} finally {
		await stop(site);
	}
});

test('under a sub-path, the worker’s scope is the sub-path, and the edition reads offline there', async ({ page }) => {
	const site = await serveStatic(baseBuild, 0, '/edition/');
	await page.goto(`${site.url}${viewUrl(article.slug, 'parallel')}`);
	await releaseKept(page);
	expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.scope)).toBe(site.url);
	await stop(site);
	await page.goto(`${site.url}${viewUrl(article.slug, 'zh')}`);
	await expect(page.locator('h1')).toContainText(article.zh.title);
	await page.goto(`${site.url}nowhere/`);
	await expect(page.locator('h1')).toContainText('Not kept for reading offline');
});
