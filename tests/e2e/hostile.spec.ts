import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import type { StaticSite } from '../support/static-server.ts';
import { serveShards } from './support/shards.ts';

// Text that looks like HTML, in the body and in front-matter strings, built into a throwaway site (the
// article inert-article of shard B, under /shards/b/, beside three synthetic articles: see
// tests/support/test-sites.ts): it must show as text everywhere (pages, search excerpts, downloads)
// and nothing may run.
let origin = '';
let site: StaticSite | undefined;
let outDir = '';

test.describe.configure({ mode: 'serial' });

// The site is built by the global setup (support/global-setup.ts), or by npm test before it.
test.beforeAll(async () => {
	outDir = process.env.EDITION_SHARD_B_DIST!;
	site = await serveShards();
	origin = new URL('/shards/b/', site.url).href;
});

test.afterAll(async () => {
	await site?.close();
});

/** Fails the test if any dialog opens, and returns a check that no hostile markup became live. */
function guard(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return async () => {
		expect(dialogs).toEqual([]);
		const live = await page.evaluate(() => ({
			handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
			// Executable scripts only: JSON-LD is data, and there the title is escaped (checked below).
			scripts: [...document.querySelectorAll('script:not([type="application/ld+json"])')].map((s) => s.textContent ?? '').filter((t) => t.includes('alert')),
			images: document.querySelectorAll('img').length,
			jsLinks: [...document.querySelectorAll('a[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href')!)).length,
		}));
		expect(live).toEqual({ handlers: [], scripts: [], images: 0, jsLinks: 0 });
	};
}

test("the article's three views show the hostile text as text", async ({ page }) => {
	const check = guard(page);
	for (const view of ['', 'zh/', 'en/']) {
		await page.goto(`${origin}articles/inert-article/${view}`);
		const texts = (await page.locator('.paragraph .text').allTextContents()).join('\n');
		if (view !== 'en/') {
			expect(texts).toContain('<script>alert("zh")</script>');
			expect(texts).toContain("<img src=x onerror=alert('zh-img')>");
		}
		if (view !== 'zh/') expect(texts).toContain(`<b onclick="alert('en-bold')">bold</b>`);
		await expect(page.locator('h1')).toContainText(view === 'en/' ? "<script>alert('title-en')</script> Inert title" : "<script>alert('title-zh')</script>标题");
		await expect(page.locator('.record')).toContainText(`<img src=x onerror=alert('author')>`);
		const ld = await page.locator('script[type="application/ld+json"]').textContent();
		expect(ld).not.toContain('<');
		expect(JSON.parse(ld!)['@graph'][0].headline).toBe("<script>alert('title-zh')</script>标题");
		await check();
	}
});

test('search excerpts and results show the hostile text as text', async ({ page }) => {
	const check = guard(page);
	for (const query of ['script', 'onerror', 'alert', 'onclick']) {
		await page.goto(`${origin}search/?q=${query}`);
		await expect(page.locator('edition-search')).toHaveAttribute('data-results', /[1-9]/, { timeout: 15_000 });
		const excerpts = (await page.locator('.result-excerpt').allTextContents()).join(' ');
		expect(excerpts.toLowerCase()).toContain(query);
		await check();
	}
	await page.locator('.search-results a').first().click();
	await check();
});

test('citations, on the citation page and in the Cite panel, quote the hostile title as text', async ({ page }) => {
	const check = guard(page);
	await page.goto(`${origin}articles/inert-article/cite/`);
	// Citation styles set apostrophes as typographic ones (’); everything else stays as written.
	const citations = (await page.locator('.citation-text').allTextContents()).join('\n').replaceAll('’', "'");
	expect(citations).toContain("<script>alert('title-zh')</script>标题");
	expect(citations).toContain("<script>alert('title-en')</script> Inert title");
	await check();
	await page.goto(`${origin}articles/inert-article/`);
	await page.locator('#p1 details.cite summary').click();
	const first = page.locator('#p1 .cite-panel dl:not(.segment-links) dd').first();
	await expect(first).toBeVisible();
	expect((await first.textContent())!.replaceAll('’', "'")).toContain("<script>alert('title-zh')</script>标题");
	await check();
});

test('the home page, the anchors page and the data downloads carry the text unchanged', async ({ page }) => {
	const check = guard(page);
	for (const path of ['', 'anchors/']) {
		await page.goto(`${origin}${path}`);
		await expect(page.locator('main')).toContainText("<script>alert('title-zh')</script>标题");
		await check();
	}
	const aligned = JSON.parse(readFileSync(join(outDir, 'articles/inert-article/aligned.json'), 'utf8'));
	expect(aligned[0].zh).toBe('第一段 <script>alert("zh")</script> 照录为文字。');
	expect(aligned[1].en).toBe("Second paragraph with <script>alert('en')</script> as text.");
	const tei = readFileSync(join(outDir, 'articles/inert-article/tei.xml'), 'utf8');
	expect(tei).toContain('&lt;script&gt;alert(&quot;zh&quot;)&lt;/script&gt;');
	expect(tei).not.toContain('<script');
});
