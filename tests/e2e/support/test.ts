// The specs' `test`: Playwright's, with a screenshot of the test's page when the test fails. (Playwright's
// own `screenshot: 'only-on-failure'` takes a screenshot of every page of every test as its context
// closes, and throws the passing tests' away: 0.04–0.07 CPU-s each, some 160 a run, 6–11 of the
// specs' ~150 CPU-s.)
import { test as playwright } from '@playwright/test';

export { expect } from '@playwright/test';

export const test = playwright.extend({
	page: async ({ page }, use, testInfo) => {
		await use(page);
		if (testInfo.status === testInfo.expectedStatus) return;
		const path = testInfo.outputPath('test-failed-1.png');
		// A page that crashed or closed has nothing to show; the failure's own message says why.
		if (await page.screenshot({ path, timeout: 5_000 }).catch(() => undefined)) testInfo.attachments.push({ name: 'screenshot', path, contentType: 'image/png' });
	},
});
