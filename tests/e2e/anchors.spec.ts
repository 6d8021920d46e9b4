import { expect, test } from './support/test.ts';
import { publishedAnchors, viewUrl, VIEWS } from '../support/sources.ts';

// The published anchors are a promise to every reader who cited one: each must still exist on
// every view of the built site and still open the paragraph whose words the manifest recorded.
const manifest = publishedAnchors();

for (const [slug, anchors] of Object.entries(manifest)) {
	// One test for the three views (a page each): a new page costs more than the checks.
	test(`published anchors of ${slug} hold in every view`, async ({ page }) => {
		for (const view of VIEWS) {
			await page.goto(viewUrl(slug, view));
			// What the page shows at each anchor, read in one pass: how many elements carry the id, and
			// the opening of the text in each language.
			const shown = await page.evaluate((ids) => {
				const opening = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
				return ids.map((id) => {
					const row = document.getElementById(id.split('-')[0]!);
					// A note's or a correction's anchor is its entry under the paragraph.
					const note = /^p\d+-[nc]\d+$/.test(id);
					const segment = /^p\d+-s\d+$/.test(id);
					const within = (lang: string) =>
						segment ? row?.querySelector(`[data-seg="${id}"][lang="${lang}"]`) : row?.querySelector(`.text[lang="${lang}"]`);
					return {
						id,
						count: note ? (row?.querySelectorAll(`.notes > li[id="${id}"], :scope > [id="${id}"]`).length ?? 0) : document.querySelectorAll(`[id="${id}"]`).length,
						correction: /^p\d+-c\d+$/.test(id),
						zh: note ? null : opening(within('zh-Hans')),
						en: note ? opening(row?.querySelector(`.notes > li[id="${id}"]`)) : opening(within('en')),
					};
				});
			}, Object.keys(anchors));
			for (const { id, count, zh, en, correction } of shown) {
				const incipit = anchors[id]!;
				expect(count, `#${id} ${view}`).toBe(1);
				// A correction's entry names the received words the manifest remembers; on the Chinese view,
				// which lists no corrections of the translation, its anchor is on its paragraph's row.
				if (correction) {
					if (view !== 'zh') expect(en, `#${id} ${view}`).toContain(incipit.en);
					continue;
				}
				// A note opens with its text; a paragraph or segment with its words in each language shown.
				if (/^p\d+-n\d+$/.test(id) || view !== 'zh') expect(en?.startsWith(incipit.en), `#${id} ${view} en`).toBe(true);
				if (!/^p\d+-n\d+$/.test(id) && view !== 'en') expect(zh?.startsWith(incipit.zh), `#${id} ${view} zh`).toBe(true);
			}
		}
	});
}

test('the build publishes the anchors it has, and the manifest holds all of them', { tag: '@base' }, async ({ request }) => {
	const built = (await (await request.get('anchors.json')).json()).articles as typeof manifest;
	for (const [slug, anchors] of Object.entries(built)) {
		expect(manifest[slug], `${slug} is not in content/anchors.json: run npm run anchors:publish`).toBeDefined();
		for (const [id, incipit] of Object.entries(anchors)) expect(manifest[slug]![id]).toEqual(incipit);
	}
});
