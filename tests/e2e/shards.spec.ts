import { expect, test } from './support/test.ts';
import type { StaticSite } from '../support/static-server.ts';
import type { SyntheticArticle } from '../support/synthetic.ts';
import { listedParagraphs } from './support/search.ts';
import { serveShards } from './support/shards.ts';

// An edition built in two shards (support/test-sites.ts): the real article under /shards/a/, and
// three synthetic ones with the hostile-text article (hostile.spec.ts) under /shards/b/, each its
// own build, served from one host; each search page merges the other shard's indexes (both are
// given SEARCH_SHARDS=/shards/a/,/shards/b/ and leave out their own), so one search covers both.
let site: StaticSite | undefined;
let origin = '';
let shardB: SyntheticArticle[] = [];

test.beforeAll(async () => {
	shardB = JSON.parse(process.env.EDITION_SHARD_B_ARTICLES!) as SyntheticArticle[];
	site = await serveShards();
	origin = new URL(site.url).origin;
});

test.afterAll(async () => {
	await site?.close();
});

test('a search on shard A finds a paragraph only shard B holds, and lands on B’s page', async ({ page }) => {
	const article = shardB[1]!;
	await page.goto(`${origin}/shards/a/search/?q=${article.marker}`);
	expect(await listedParagraphs(page)).toEqual([`${article.slug}#p${article.markerParagraph}`]);
	await page.locator('.search-results > li a').first().click();
	await expect(page).toHaveURL(new RegExp(`^${origin}/shards/b/articles/${article.slug}/[?#]`));
	await expect(page.locator(`#p${article.markerParagraph}:has(:target), #p${article.markerParagraph}:target`)).toBeInViewport();
	await expect(page.locator(`#p${article.markerParagraph} .text[lang="en"] mark`).first()).toHaveText(article.marker);
});

test('a search on shard B finds shard A’s article too', async ({ page }) => {
	// 白如冰 is in the real article's ¶6 (shard A); shard B's articles may quote it too.
	await page.goto(`${origin}/shards/b/search/?q=${encodeURIComponent('白如冰')}`);
	const listed = await listedParagraphs(page);
	expect(listed).toContain('1955-01-09-national-handicraft-work-conference#p6');
	await page.goto(`${origin}/shards/a/search/?q=${encodeURIComponent('白如冰')}`);
	expect(await listedParagraphs(page)).toContain('1955-01-09-national-handicraft-work-conference#p6');
});
