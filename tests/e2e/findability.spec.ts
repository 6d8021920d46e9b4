import { expect, test } from './support/test.ts';
import { builtPages } from './support/pages.ts';
import { sourceArticles, viewUrl } from '../support/sources.ts';

// What makes the edition findable: the sitemap (with each article view's language alternates),
// robots.txt, the RSS feed and the OpenSearch description, at the root and under /edition/. The
// built site is served on the test server's origin, while the files name the site's own
// (SITE_URL, localhost:4321 here): their URLs are compared by path under the base.
const SITE = 'http://localhost:4321';
const xmlOf = (page: import('@playwright/test').Page, text: string) =>
	page.evaluate((xml) => {
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		return doc.querySelector('parsererror')?.textContent ?? null;
	}, text);

test.describe('findable', { tag: '@base' }, () => {
	test('the sitemap lists every page but the 404 and offline pages, with the three views of each article as language alternates', async ({ page, request, baseURL }) => {
		const base = new URL(baseURL!).pathname;
		const index = await (await request.get('sitemap-index.xml')).text();
		expect(await xmlOf(page, index)).toBeNull();
		const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
		expect(sitemaps.length).toBeGreaterThan(0);
		const entries: { loc: string; lastmod: string | null; links: Record<string, string> }[] = [];
		for (const path of sitemaps) {
			expect(path.startsWith(base)).toBe(true);
			const xml = await (await request.get(path.slice(base.length))).text();
			entries.push(
				...(await page.evaluate((text) => {
					const doc = new DOMParser().parseFromString(text, 'application/xml');
					return [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url')].map((url) => ({
						loc: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]!.textContent!,
						lastmod: url.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'lastmod')[0]?.textContent ?? null,
						links: Object.fromEntries([...url.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])),
					}));
				}, xml)),
			);
		}
		const listed = entries.map((e) => new URL(e.loc).pathname);
		// Every built HTML page, under the base, and nothing else (the 404 page is 404.html, not listed;
		// the offline page is the service worker's, noindex).
		expect(listed.sort()).toEqual(builtPages().filter((p) => p !== 'offline/').map((p) => `${base}${p}`).sort());
		expect(builtPages()).toContain('offline/');
		expect(listed.some((p) => p.includes('404'))).toBe(false);
		// lastmod is the edition's latest release (its changelog), the same for every page.
		expect(new Set(entries.map((e) => e.lastmod)).size).toBe(1);
		expect(entries[0]!.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}/);
		for (const article of sourceArticles()) {
			const views = { 'zh-Hans': viewUrl(article.slug, 'zh'), en: viewUrl(article.slug, 'en'), 'x-default': viewUrl(article.slug, 'parallel') };
			const alternates = Object.fromEntries(Object.entries(views).map(([lang, url]) => [lang, `${base}${url}`]));
			for (const url of Object.values(views)) {
				expect(entries.find((e) => new URL(e.loc).pathname === `${base}${url}`)?.links).toEqual(alternates);
				// The same alternates as the page's own hreflang links.
				await page.goto(url);
				const own = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])));
				expect(own).toEqual(alternates);
			}
		}
		// Pages that are not an article's three views have no alternates.
		expect(entries.filter((e) => Object.keys(e.links).length).length).toBe(sourceArticles().length * 3);
	});

	test('robots.txt allows everything and names the sitemap by its absolute URL', async ({ request, baseURL }) => {
		const base = new URL(baseURL!).pathname;
		const robots = await (await request.get('robots.txt')).text();
		expect(robots).toMatch(/^User-agent: \*\nAllow: \/\n/);
		expect(robots).toContain(`Sitemap: ${SITE}${base}sitemap-index.xml\n`);
	});

	test('the feed is RSS 2.0 with one item per article, newest first, both titles, both dates, RFC 822 dates, and every page links it', async ({ page, request, baseURL }) => {
		const base = new URL(baseURL!).pathname;
		const xml = await (await request.get('feed.xml')).text();
		const feed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			if (doc.querySelector('parsererror')) return null;
			const channel = doc.querySelector('rss > channel')!;
			const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name)?.textContent ?? null;
			return {
				version: doc.documentElement.getAttribute('version'),
				channel: { title: child(channel, 'title'), link: child(channel, 'link'), description: child(channel, 'description') },
				items: [...channel.querySelectorAll('item')].map((item) => ({ title: child(item, 'title'), link: child(item, 'link'), pubDate: child(item, 'pubDate'), description: child(item, 'description'), guid: child(item, 'guid') })),
			};
		}, xml);
		expect(feed).not.toBeNull();
		expect(feed!.version).toBe('2.0');
		// RSS 2.0's required channel elements.
		expect(feed!.channel.title).toBeTruthy();
		expect(new URL(feed!.channel.link!).pathname).toBe(base);
		expect(feed!.channel.description).toBeTruthy();
		const articles = sourceArticles();
		expect(feed!.items).toHaveLength(articles.length);
		const rfc822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
		for (const item of feed!.items) {
			expect(item.pubDate).toMatch(rfc822);
			const article = articles.find((a) => new URL(item.link!).pathname === `${base}${viewUrl(a.slug, 'parallel')}`)!;
			expect(article).toBeDefined();
			expect(item.title).toBe(`${article.zh.title} · ${article.en.title}`);
			expect(item.guid).toBe(item.link);
			// The date in the paper, in both languages' words.
			const [year, month, day] = article.zh.date!.split('-').map(Number);
			expect(item.description).toContain(`${year}年${month}月${day}日`);
		}
		// Newest in the edition first.
		const dates = feed!.items.map((i) => Date.parse(i.pubDate!));
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		// Linked from every page's head.
		for (const path of ['', viewUrl(articles[0]!.slug, 'zh'), 'search/']) {
			await page.goto(path);
			await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${base}feed.xml`);
			await expect(page.locator('head link[rel="search"][type="application/opensearchdescription+xml"]')).toHaveAttribute('href', `${base}opensearch.xml`);
		}
	});

	test('the OpenSearch description parses, and its template opens the search page, which runs the query', async ({ page, request, baseURL }) => {
		const base = new URL(baseURL!).pathname;
		const xml = await (await request.get('opensearch.xml')).text();
		const description = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			if (doc.querySelector('parsererror')) return null;
			const NS = 'http://a9.com/-/spec/opensearch/1.1/';
			const one = (name: string) => doc.getElementsByTagNameNS(NS, name)[0];
			return { shortName: one('ShortName')?.textContent, description: one('Description')?.textContent, template: one('Url')?.getAttribute('template'), type: one('Url')?.getAttribute('type') };
		}, xml);
		expect(description).not.toBeNull();
		expect(description!.shortName!.length).toBeLessThanOrEqual(16);
		expect(description!.shortName).toMatch(/^[\x20-\x7e’']+$/);
		expect(description!.description).toMatch(/\p{Script=Han}/u);
		expect(description!.type).toBe('text/html');
		const template = new URL(description!.template!.replace('{searchTerms}', encodeURIComponent('手工業')));
		expect(template.pathname).toBe(`${base}search/`);
		// The same path on the test server: the search page runs the query it is given.
		await page.goto(`${template.pathname.slice(base.length)}${template.search}`);
		await expect(page.locator('edition-search')).toHaveAttribute('data-results', /^[1-9]\d*$/, { timeout: 15_000 });
		await expect(page.locator('.search-results mark').first()).toHaveText('手工业');
	});
});
