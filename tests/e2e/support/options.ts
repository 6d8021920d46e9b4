// Opens an article page's options (the layouts and the tools) where a phone keeps them in the Tools
// sheet; on a wide screen they are already in view and nothing is tapped.
import { expect, type Page } from '@playwright/test';

export async function openOptions(page: Page): Promise<void> {
	const button = page.locator('.tools-button');
	if (await button.isVisible()) await button.click();
	await expect(page.locator('#article-options')).toBeVisible();
}

/** Closes the Tools sheet if a phone shows it, so the text under it can be tapped. */
export async function closeOptions(page: Page): Promise<void> {
	const sheet = page.locator('#article-options:popover-open');
	if (await sheet.count()) await sheet.getByRole('button', { name: /Close|关闭/ }).click();
	await expect(page.locator('#article-options:popover-open')).toHaveCount(0);
}
