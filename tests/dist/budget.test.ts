import { expect, test } from 'vitest';
import { firstRender, textFloor } from '../bench/page-weight.ts';
import { sourceArticles, viewUrl } from '../e2e/support/sources.ts';

// The parallel page's byte budget, on the built dist/.
// Byte budgets are deterministic, so they are tests (timings are only printed, by npm run bench).
const dist = new URL('../../dist/', import.meta.url).pathname;

for (const article of sourceArticles()) {
	test(`the parallel page of ${article.slug} renders in at most 2.0x its text's gzip size, with no script in the way`, () => {
		const page = firstRender(dist, `${viewUrl(article.slug, 'parallel')}index.html`);
		const floor = textFloor(dist, article.slug);
		expect(page.total.gzip / floor.gzip).toBeLessThanOrEqual(2.0);
		// Nothing to download and run before reading: no classic script, no inline script; the one
		// module script is deferred and small (reading without it is tested in layout.spec.ts).
		expect(page.js.raw).toBe(0);
		expect(page.inlineJs.raw).toBe(0);
		expect(page.deferredJs.gzip).toBeLessThan(1536);
	});
}
