import { expect, test } from './support/test.ts';
import { sourceArticles, viewUrl, VIEWS } from '../support/sources.ts';

const articles = sourceArticles();

for (const article of articles) {
	test.describe(`parallel page of ${article.slug}`, () => {
		test('has one aligned row per paragraph, each language with its own lang', async ({ page }) => {
			await page.goto(viewUrl(article.slug, 'parallel'));
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			const rows = await page.locator('.paragraph').evaluateAll((els) => els.map((row) => ({ id: row.id, langs: [...row.querySelectorAll('.text')].map((t) => t.getAttribute('lang')) })));
			expect(rows).toEqual(article.zh.paragraphs.map((_, i) => ({ id: `p${i + 1}`, langs: ['zh-Hans', 'en'] })));
		});

		test('shows every source paragraph exactly, in its own row', async ({ page }) => {
			await page.goto(viewUrl(article.slug, 'parallel'));
			const zh = await page.locator('.paragraph .text[lang="zh-Hans"]').allTextContents();
			const en = await page.locator('.paragraph .text[lang="en"]').allTextContents();
			expect(zh).toEqual(article.zh.paragraphs);
			expect(en).toEqual(article.en.paragraphs);
			// Each language's text appears once on the page: no duplicate hidden copy.
			const body = (await page.locator('main').textContent())!;
			for (const p of [...article.zh.paragraphs, ...article.en.paragraphs]) {
				expect(body.split(p).length - 1, p.slice(0, 20)).toBe(1);
			}
		});

		test('the header gives both titles, the date, publication, page and column', async ({ page }) => {
			await page.goto(viewUrl(article.slug, 'parallel'));
			const header = page.locator('.article-header');
			await expect(header.locator('h1 [lang="zh-Hans"]')).toHaveText(article.zh.title);
			await expect(header.locator('h1 [lang="en"]')).toHaveText(article.en.title);
			await expect(header.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
			// The record is one line: publication, date and page, then only the fields the sources give
			// (this article names no column, author or translator: they stay in the Cite panel's record).
			await expect(header.locator('.record')).toHaveText(/^人民日报 \(People's Daily\) · \d{1,2} [A-Z][a-z]+ \d{4} · page \d+$/);
			await expect(header.locator('.record a')).toHaveAttribute('href', /^\/\d{4}\/\d{2}\/\d{2}\/$/);
		});
	});

	test.describe(`single-language views of ${article.slug}`, () => {
		for (const view of ['zh', 'en'] as const) {
			test(`${view} view shows only ${view} text, with the same anchors`, async ({ page }) => {
				await page.goto(viewUrl(article.slug, 'parallel'));
				// Reachable from the parallel page by a plain link.
				await page.locator('.view-nav a').nth(view === 'zh' ? 1 : 2).click();
				await expect(page).toHaveURL(new RegExp(`${viewUrl(article.slug, view)}$`));
				await expect(page.locator('html')).toHaveAttribute('lang', view === 'zh' ? 'zh-Hans' : 'en');
				const texts = await page.locator('.paragraph .text').allTextContents();
				expect(texts).toEqual(article[view].paragraphs);
				await expect(page.locator(`.paragraph .text:not([lang="${view === 'zh' ? 'zh-Hans' : 'en'}"])`)).toHaveCount(0);
				const ids = await page.locator('.paragraph').evaluateAll((rows) => rows.map((r) => r.id));
				expect(ids).toEqual(article.zh.paragraphs.map((_, i) => `p${i + 1}`));
				await expect(page.locator('.view-nav a[aria-current="page"]')).toHaveCount(1);
			});
		}

		test('the Chinese view speaks Chinese in its interface', async ({ page }) => {
			await page.goto(viewUrl(article.slug, 'zh'));
			await expect(page.locator('.record')).toHaveText(/^人民日报 · \d{4}年\d{1,2}月\d{1,2}日 · 第\d+版$/);
			await expect(page.locator('.tools-button')).toHaveText('工具');
			await expect(page.locator('.skip-link')).toHaveText('跳到正文');
		});
	});

	test.describe(`anchors of ${article.slug}`, () => {
		test('#pN resolves, scrolls and marks the row in every view', async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 700 });
			const count = article.zh.paragraphs.length;
			for (const view of VIEWS) {
				for (const n of [count, 1, Math.ceil(count / 2)]) {
					await page.goto(`${viewUrl(article.slug, view)}#p${n}`);
					const row = page.locator(`#p${n}:target`);
					await expect(row).toHaveClass(/paragraph/);
					await expect(row).toBeInViewport();
					// The mark is visible: the targeted row has a background the others do not.
					const [marked, plain] = await Promise.all([
						row.evaluate((el) => getComputedStyle(el).backgroundColor),
						page.locator(`.paragraph:not(#p${n})`).first().evaluate((el) => getComputedStyle(el).backgroundColor),
					]);
					expect(marked, `#p${n} in the ${view} view`).not.toBe(plain);
				}
			}
		});

		test('each ¶ link shows its number and points to its own row', async ({ page }) => {
			await page.goto(viewUrl(article.slug, 'parallel'));
			const links = page.locator('.paragraph a.paragraph-number');
			await expect(links).toHaveCount(article.zh.paragraphs.length);
			for (let i = 0; i < article.zh.paragraphs.length; i++) {
				await expect(links.nth(i)).toHaveText(`¶${i + 1}`);
				await expect(links.nth(i)).toHaveAttribute('href', `#p${i + 1}`);
			}
			await links.nth(2).click();
			await expect(page).toHaveURL(/#p3$/);
			await expect(page.locator('#p3:target')).toHaveCount(1);
		});
	});
}

test('the home page lists each article under its year and month', async ({ page }) => {
	await page.goto('');
	for (const article of articles) {
		const [year, month] = article.zh.date!.split('-');
		const monthName = new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
		const section = page.locator('section.year', { has: page.getByRole('heading', { level: 2, name: year }) });
		await expect(section.getByRole('heading', { level: 3, name: `${monthName} ${year}` })).toBeVisible();
		await expect(section.locator('.article-list h4 a', { hasText: article.zh.title })).toBeVisible();
	}
});

test('the home page lists every article and links to it', async ({ page }) => {
	await page.goto('');
	const items = page.locator('.article-list > li');
	await expect(items).toHaveCount(articles.length);
	for (const article of articles) {
		const link = page.locator('.article-list h4 a', { hasText: article.zh.title });
		await expect(link).toContainText(article.en.title);
		await link.click();
		await expect(page.locator('.article-header h1')).toContainText(article.zh.title);
		await page.goBack();
	}
});

test('an article’s date opens its day’s page, which lists it; the day links to its year', async ({ page, baseURL }) => {
	const article = articles[0]!;
	await page.goto(viewUrl(article.slug, 'zh'));
	await page.locator('.record a:has(time)').click();
	await expect(page).toHaveURL(`${baseURL}${article.zh.date!.replace(/-/g, '/')}/`);
	await expect(page.locator('.article-list h3 a [lang="zh-Hans"]')).toHaveText([article.zh.title]);
	await page.locator('.lede a').click();
	await expect(page.locator(`#m${article.zh.date!.slice(0, 7)}:target`)).toBeInViewport();
});
