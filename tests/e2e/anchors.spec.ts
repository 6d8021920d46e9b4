import { expect, test } from '@playwright/test';
import { publishedAnchors, viewUrl, VIEWS } from './support/sources.ts';

// The published anchors are a promise to every reader who cited one: each must still exist on
// every view of the built site and still open the paragraph whose words the manifest recorded.
const manifest = publishedAnchors();

for (const [slug, anchors] of Object.entries(manifest)) {
	for (const view of VIEWS) {
		test(`published anchors of ${slug} hold in the ${view} view`, async ({ page }) => {
			await page.goto(viewUrl(slug, view));
			for (const [id, incipit] of Object.entries(anchors)) {
				if (/^p\d+-n\d+$/.test(id)) {
					// A note: still under its paragraph, still opening with the words recorded.
					const note = page.locator(`#${id.split('-')[0]} .notes > li[id="${id}"]`);
					await expect(note, `#${id}`).toHaveCount(1);
					expect((await note.textContent())!.replace(/\s+/g, ' ').trim().startsWith(incipit.en)).toBe(true);
					continue;
				}
				if (/^p\d+-s\d+$/.test(id)) {
					// A segment: its id on the page, its sentence in each language shown still opening with the words recorded.
					await expect(page.locator(`[id="${id}"]`), `#${id}`).toHaveCount(1);
					const sentence = async (lang: string) =>
						(await page.locator(`#${id.split('-')[0]} [data-seg="${id}"][lang="${lang}"]`).textContent())!.replace(/\s+/g, ' ').trim();
					if (view !== 'en') expect((await sentence('zh-Hans')).startsWith(incipit.zh), `#${id} zh`).toBe(true);
					if (view !== 'zh') expect((await sentence('en')).startsWith(incipit.en), `#${id} en`).toBe(true);
					continue;
				}
				const row = page.locator(`[id="${id}"]`);
				await expect(row, `#${id}`).toHaveCount(1);
				if (view !== 'en') expect((await row.locator('.text[lang="zh-Hans"]').textContent())!.replace(/\s+/g, ' ').trim().startsWith(incipit.zh)).toBe(true);
				if (view !== 'zh') expect((await row.locator('.text[lang="en"]').textContent())!.replace(/\s+/g, ' ').trim().startsWith(incipit.en)).toBe(true);
			}
		});
	}
}

test('the build publishes the anchors it has, and the manifest holds all of them', { tag: '@base' }, async ({ request }) => {
	const built = (await (await request.get('anchors.json')).json()).articles as typeof manifest;
	for (const [slug, anchors] of Object.entries(built)) {
		expect(manifest[slug], `${slug} is not in content/anchors.json: run npm run anchors:publish`).toBeDefined();
		for (const [id, incipit] of Object.entries(anchors)) expect(manifest[slug]![id]).toEqual(incipit);
	}
});
