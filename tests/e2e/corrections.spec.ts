import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './support/test.ts';
import { openOptions } from './support/options.ts';
import { searchFor } from './support/search.ts';
import { publishedAnchors, sourceArticles, viewUrl } from '../support/sources.ts';

// The editors' corrections, read from the corrections file itself, on the built reading pages.
const article = sourceArticles()[0]!;
type Entry = { segment: string; received?: string; before?: string; after?: string; reading: string };
const entries = (parse(readFileSync(new URL(`../../content/${article.slug}/corrections.yaml`, import.meta.url), 'utf8')) as { corrections: Entry[] }).corrections;
// Numbered per paragraph in the order written, as the layer numbers them.
const counts = new Map<string, number>();
const corrections = entries.map((c) => {
	const paragraph = c.segment.split('-')[0]!;
	const k = (counts.get(paragraph) ?? 0) + 1;
	counts.set(paragraph, k);
	const words = (c.received ?? c.before ?? c.after)!;
	const reads = c.received !== undefined ? c.reading : c.before !== undefined ? c.reading + words : words + c.reading;
	return { ...c, id: `${paragraph}-c${k}`, paragraph, words, reads };
});

test('the corrections file has corrections of each kind to test', () => {
	expect(corrections.length).toBeGreaterThanOrEqual(5);
	expect(corrections.some((c) => c.received === undefined)).toBe(true);
	// Each correction's anchor is published, so it is kept like a note's.
	for (const c of corrections) expect(publishedAnchors()[article.slug]![c.id], c.id).toBeDefined();
});

test('each correction marks its received words in its segment of the English, and opens its reason under the paragraph', async ({ page }) => {
	for (const view of ['parallel', 'en'] as const) {
		await page.goto(viewUrl(article.slug, view));
		for (const c of corrections) {
			const marker = page.locator(`[data-seg="${c.segment}"][lang="en"] a[href="#${c.id}"]`);
			await expect(marker, `${view} ${c.id}`).toHaveText(c.words);
			await expect(marker).toHaveAttribute('aria-describedby', c.id);
			await expect(page.locator(`#${c.paragraph} .corrections > li#${c.id}`)).toContainText(c.reading.trim());
		}
	}
	// The received text is the text of the page, character for character (the readings are data).
	const en = await page.locator('.paragraph .text[lang="en"]').allTextContents();
	expect(en).toEqual(article.en.paragraphs);
	await page.locator(`a[href="#${corrections[1]!.id}"]`).click();
	await expect(page.locator(`#${corrections[1]!.id}:target`)).toHaveCount(1);
	// A view without the English has no marks, list or reading choice; a correction's published anchor
	// lands on its paragraph there.
	await page.goto(viewUrl(article.slug, 'zh'));
	await expect(page.locator('a[data-reading], .corrections, .reading-choice')).toHaveCount(0);
	for (const c of corrections) await expect(page.locator(`#${c.paragraph} [id="${c.id}"]`)).toHaveCount(1);
});

test('the corrected reading puts the editors’ words in place, still marked, and is remembered', async ({ page }) => {
	await page.goto(viewUrl(article.slug, 'parallel'));
	await openOptions(page);
	await page.getByRole('radio', { name: 'Corrected' }).check();
	for (const c of corrections) await expect(page.locator(`a[href="#${c.id}"]`)).toHaveText(c.reads);
	await expect(page.locator('html')).toHaveAttribute('data-corrected', '');
	// Remembered on the next page, where the choice is restored and the readings shown.
	await page.goto(viewUrl(article.slug, 'en'));
	await expect(page.locator(`a[href="#${corrections[0]!.id}"]`)).toHaveText(corrections[0]!.reads);
	await openOptions(page);
	await page.getByRole('radio', { name: 'As received' }).check();
	for (const c of corrections) await expect(page.locator(`a[href="#${c.id}"]`)).toHaveText(c.words);
	// The glossary's marks inside received words come back with them.
	const withTerm = corrections.find((c) => c.id === 'p6-c1')!;
	await expect(page.locator(`a[href="#${withTerm.id}"] .term`).first()).toBeAttached();
});

test('search finds the words of both readings and lands on the corrected sentence', async ({ page }) => {
	const middling = corrections.find((c) => c.reading.includes('middling'))!;
	for (const query of ['middling', 'medium-sized']) {
		expect(await searchFor(page, query), query).toEqual([`${article.slug}#${middling.paragraph}`]);
		const hit = page.locator('.search-results > li').first();
		await expect(hit).toHaveAttribute('data-segment', middling.segment);
		// The sentence as received, then the editors' reading in brackets.
		const excerpt = hit.locator('.result-excerpt[lang="en"]');
		await expect(excerpt).toContainText(middling.words);
		await expect(excerpt).toContainText(new RegExp(`\\[[^\\]]*${middling.reading}[^\\]]*\\]`));
	}
});

test('the about page states the review and lists each correction under the release that made it', async ({ page }) => {
	await page.goto('about/');
	await expect(page.locator('#review')).toContainText('sentence by sentence');
	for (const c of corrections) {
		const item = page.locator('.changelog li li', { has: page.locator(`a[href$="/articles/${article.slug}/#${c.id}"]`) });
		await expect(item, c.id).toContainText(`“${c.words}” → “${c.reading.trim()}”`);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the corrections are listed under their paragraphs and the reading choice is not offered', async ({ page }) => {
		await page.goto(viewUrl(article.slug, 'parallel'));
		for (const c of corrections) await expect(page.locator(`#${c.id}`)).toBeVisible();
		await expect(page.locator('.reading-choice')).toBeHidden();
	});
});
