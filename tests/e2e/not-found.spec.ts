import { expect, test } from './support/test.ts';

// A mistyped or truncated citation URL gets the edition's own 404 page, in both languages, with
// the site's header and search box and links that work under the site's base.
test('an unknown path is answered 404 with the edition’s page, in English and Chinese', { tag: '@base' }, async ({ page, baseURL }) => {
	const response = await page.goto('articles/1955-01-09-national-handicraft-work-confer/');
	expect(response!.status()).toBe(404);
	await expect(page.locator('h1')).toContainText('Page not found');
	await expect(page.locator('h1 [lang="zh-Hans"]')).toContainText('找不到此页');
	await expect(page.locator('section.not-found[lang="zh-Hans"]')).toContainText('此地址没有页面');
	await expect(page.locator('.site-header .search-box input[name="q"]')).toBeVisible();
	await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');

	for (const [name, path, heading] of [
		['All articles', '', 'Articles'],
		['Every citable paragraph anchor', 'anchors/', /anchor/i],
	] as const) {
		await page.goto('no/such/page/at/all/');
		await page.locator('section.not-found').first().getByRole('link', { name }).click();
		await expect(page).toHaveURL(new URL(path, baseURL).href);
		await expect(page.locator('h1')).toContainText(heading);
	}
});
