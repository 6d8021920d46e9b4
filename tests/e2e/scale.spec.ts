import { expect, test } from './support/test.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import type { SyntheticArticle } from '../support/synthetic.ts';
import { listedParagraphs } from './support/search.ts';

// Many articles at once: twenty synthetic articles recombined from the real one, built into a
// throwaway site. Each must be listed, have its anchors, and be findable by a word only it contains.
let origin = '';
let articles: SyntheticArticle[] = [];
let site: StaticSite | undefined;

test.describe.configure({ mode: 'serial' });

// The site is built by the global setup (support/global-setup.ts).
test.beforeAll(async () => {
	articles = JSON.parse(process.env.EDITION_SCALE_ARTICLES!) as SyntheticArticle[];
	site = await serveStatic(process.env.EDITION_SCALE_DIST!);
	origin = site.url;
});

test.afterAll(async () => {
	await site?.close();
});

test('the home page lists all twenty articles, in date order', async ({ page }) => {
	await page.goto(origin);
	const links = await page.locator('.article-list h4 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
	expect(links).toEqual(articles.map((a) => `/articles/${a.slug}/`));
});

test('every article has its anchors on every view', async ({ request }) => {
	// Sixty pages: read as served, without rendering them.
	for (const article of articles) {
		for (const view of ['', 'zh/', 'en/']) {
			const html = await (await request.get(`${origin}articles/${article.slug}/${view}`)).text();
			const ids = [...html.matchAll(/<div class="paragraph" id="([^"]+)"/g)].map((m) => m[1]);
			expect(ids, `${article.slug} ${view}`).toEqual(Array.from({ length: article.paragraphs }, (_, i) => `p${i + 1}`));
		}
	}
});

test('search finds the paragraph unique to one article', async ({ page }) => {
	for (const article of [articles[0]!, articles[7]!, articles[19]!]) {
		await page.goto(`${origin}search/?q=${article.marker}`);
		expect(await listedParagraphs(page)).toEqual([`${article.slug}#p${article.markerParagraph}`]);
	}
});

// "handicraft" (English, sorted by date in its index) and 手工业 (Chinese, in date order by equal
// scores, see CHINESE_RANKING) are in paragraphs of every synthetic article.
for (const query of ['handicraft', '手工业']) {
	test(`a word in every article (${query}) lists a first page of results, and Show more adds later articles after it, each paragraph once`, async ({ page }) => {
		await page.goto(`${origin}search/?q=${encodeURIComponent(query)}`);
		const first = await listedParagraphs(page);
		const more = page.locator('.search-more');
		await expect(more).toBeVisible();
		let listed = first;
		for (let i = 0; i < 10 && (await more.isVisible()); i++) {
			await more.click();
			await expect.poll(async () => (await listedParagraphs(page)).length).toBeGreaterThan(listed.length);
			const now = await listedParagraphs(page);
			// What was listed stays on top: the articles read next are later ones.
			expect(now.slice(0, listed.length)).toEqual(listed);
			listed = now;
		}
		await expect(more).toBeHidden();
		expect(new Set(listed).size).toBe(listed.length);
		// Every article is listed in the end, each with its paragraphs that hold the word.
		expect(new Set(listed.map((key) => key.split('#')[0])).size).toBe(articles.length);
	});
}

test('each article’s date opens its day’s page, which lists it by page with both titles; the year’s page lists that year’s articles by month', async ({ page }) => {
	for (const article of [articles[0]!, articles.at(-1)!]) {
		await page.goto(`${origin}articles/${article.slug}/`);
		const date = await page.locator('.record time').getAttribute('datetime');
		await page.locator('.record a:has(time)').click();
		await expect(page).toHaveURL(`${origin}${date!.replace(/-/g, '/')}/`);
		await expect(page.locator('h1 time')).toHaveAttribute('datetime', date!);
		const item = page.locator('section.year', { has: page.getByRole('heading', { level: 2, name: `Page ${article.page}` }) }).locator('.article-list li');
		await expect(item.locator('h3 a')).toHaveAttribute('href', `/articles/${article.slug}/`);
		await expect(item.locator('h3 [lang="zh-Hans"]')).not.toBeEmpty();
		await expect(item.locator('h3 .title-en')).toContainText('Synthetic article');
	}
	await page.goto(`${origin}1955/`);
	await expect(page.locator('h1')).toHaveText('Articles of 1955');
	for (const month of new Set(articles.map((a) => a.date.slice(0, 7)).filter((m) => m.startsWith('1955')))) {
		const links = await page.locator(`#m${month} + .article-list h3 a`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(links, month).toEqual(articles.filter((a) => a.date.startsWith(month)).map((a) => `/articles/${a.slug}/`));
	}
	await expect(page.locator('.article-list h3 a')).toHaveCount(articles.filter((a) => a.date.startsWith('1955')).length);
	// Each date in the year's list opens its day.
	await page.locator('.article-list a:has(time)').first().click();
	await expect(page).toHaveURL(`${origin}1955/01/09/`);
});

test('search can be narrowed to a year and to a page of the paper, and the link keeps the choice', async ({ page }) => {
	// Each marker is in one article only: narrowed to its own year and page it is found, to another it is not.
	const article = articles.at(-1)!;
	const year = article.date.slice(0, 4);
	const otherYear = articles.find((a) => !a.date.startsWith(year))!.date.slice(0, 4);
	await page.goto(`${origin}search/?q=${article.marker}&year=${year}&page=${article.page}`);
	expect(await listedParagraphs(page)).toEqual([`${article.slug}#p${article.markerParagraph}`]);
	await expect(page.locator('select[data-filter="year"]')).toHaveValue(year);
	await expect(page.locator('select[data-filter="page"]')).toHaveValue(String(article.page));
	await page.locator('select[data-filter="year"]').selectOption(otherYear);
	await expect(page.locator('edition-search')).toHaveAttribute('data-results', '0');
	await expect(page).toHaveURL(new RegExp(`[?&]year=${otherYear}(&|$)`));
	// A word in every article: each result is of the chosen year and page, and every such article is listed.
	await page.goto(`${origin}search/?q=handicraft&year=${year}&page=2`);
	const wanted = articles.filter((a) => a.date.startsWith(year) && a.page === 2).map((a) => a.slug);
	expect(wanted.length).toBeGreaterThan(0);
	let listed = await listedParagraphs(page);
	const more = page.locator('.search-more');
	for (let i = 0; i < 5 && (await more.isVisible()); i++) {
		await more.click();
		await expect.poll(async () => (await listedParagraphs(page)).length).toBeGreaterThan(listed.length);
		listed = await listedParagraphs(page);
	}
	expect([...new Set(listed.map((key) => key.split('#')[0]))].sort()).toEqual([...wanted].sort());
	// Each hit shows its article's date.
	await expect(page.locator('.search-results > li time').first()).toHaveAttribute('datetime', new RegExp(`^${year}-`));
	// "All years" lifts the narrowing again.
	await page.locator('select[data-filter="year"]').selectOption('');
	await expect(page).not.toHaveURL(/[?&]year=/);
});
