import { readFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';
import { publishedAnchors, sourceArticles, viewUrl, VIEWS } from '../support/sources.ts';

// Notes are read from the notes file itself, not from the build.
const article = sourceArticles()[0]!;
const notesFile = readFileSync(new URL(`../../content/${article.slug}/notes.yaml`, import.meta.url), 'utf8');
const phrases = [...notesFile.matchAll(/^\s+- paragraph: (\d+)\n\s+phrase: (.+)$/gm)].map((m) => ({ paragraph: Number(m[1]), phrase: m[2]!.trim() }));

test('the notes file has notes with phrases to test', () => {
	expect(phrases.length).toBeGreaterThanOrEqual(5);
});

test('every note is under its paragraph in every view, with its published anchor', async ({ page }) => {
	const published = Object.keys(publishedAnchors()[article.slug]!).filter((id) => /^p\d+-n\d+$/.test(id));
	expect(published.length).toBe(phrases.length);
	for (const view of VIEWS) {
		await page.goto(viewUrl(article.slug, view));
		for (const id of published) {
			const row = id.split('-')[0]!;
			await expect(page.locator(`#${row} .notes > li#${id}`), view).toHaveCount(1);
		}
	}
});

test('each noted phrase is marked in the Chinese text and opens its note', async ({ page }) => {
	await page.goto(viewUrl(article.slug, 'parallel'));
	const counts = new Map<number, number>();
	for (const { paragraph, phrase } of phrases) {
		const k = (counts.get(paragraph) ?? 0) + 1;
		counts.set(paragraph, k);
		const marker = page.locator(`#p${paragraph} .text[lang="zh-Hans"] a.note-ref[href="#p${paragraph}-n${k}"]`);
		await expect(marker).toHaveText(phrase);
		await expect(marker).toHaveAttribute('aria-describedby', `p${paragraph}-n${k}`);
	}
	await page.locator('a.note-ref[href="#p3-n2"]').click();
	await expect(page).toHaveURL(/#p3-n2$/);
	await expect(page.locator('#p3-n2:target')).toHaveCount(1);
	await expect(page.locator('#p3-n2')).toContainText('10,000 old yuan to 1 new yuan');
	await expect(page.locator('#p3-n2')).toContainText('1.2 billion new yuan');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the notes are there to read', async ({ page }) => {
		await page.goto(viewUrl(article.slug, 'parallel'));
		await expect(page.locator('#p6 .notes li').first()).toBeVisible();
		await expect(page.locator('#p6 .notes li').first()).toContainText('等九人');
	});
});
