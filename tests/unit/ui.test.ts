import { expect, test } from 'vitest';
import { ui } from '../../src/lib/ui.ts';

// The interface speaks both languages in full: a string added to one table and not the other would
// show undefined on the other language's pages.
test('the English and Chinese interface tables have the same keys, and the Chinese says nothing in English it should not', () => {
	expect(Object.keys(ui('zh-Hans')).sort()).toEqual(Object.keys(ui('en')).sort());
	const chinese = ui('zh-Hans') as Record<string, unknown>;
	// Labels the Chinese pages show on their own (not names of things, which may be English, nor the
	// notes' "Basis", which stands inside the English notes).
	// A phone's header shows the site name's opening (Page.astro): the whole name must start with it.
	for (const lang of ['en', 'zh-Hans'] as const) expect(ui(lang).siteName.startsWith(ui(lang).siteShortName), lang).toBe(true);
	for (const key of ['cite', 'copy', 'copyLink', 'selectedWords', 'citeWords', 'layout', 'glossary']) expect(chinese[key], key).toMatch(/\p{Script=Han}/u);
});
