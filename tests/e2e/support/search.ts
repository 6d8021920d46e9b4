// Helpers for the search specs: run a query, read the listed paragraphs.
import { expect, type Page } from '@playwright/test';

/** Runs a query on the search page as a reader arriving with ?q=, and returns the paragraph anchors listed. */
export async function searchFor(page: Page, query: string, path = 'search/'): Promise<string[]> {
	await page.goto(`${path}?q=${encodeURIComponent(query)}`);
	return listedParagraphs(page);
}

/** Types a query into the search page's box, waits for its results, and returns their paragraph anchors. */
export async function typeQuery(page: Page, query: string): Promise<string[]> {
	await page.locator('#search-query').fill(query);
	await expect(page.locator('edition-search')).toHaveAttribute('data-query', query, { timeout: 15_000 });
	return listedParagraphs(page);
}

/** Waits for the results of the latest query and returns their paragraph anchors (`slug#pN`). */
export async function listedParagraphs(page: Page): Promise<string[]> {
	const element = page.locator('edition-search');
	await expect(element).toHaveAttribute('data-results', /\d+/, { timeout: 15_000 });
	return page.locator('.search-results > li').evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.paragraph!));
}
