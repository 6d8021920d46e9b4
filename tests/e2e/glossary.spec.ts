import { readFileSync } from 'node:fs';
import { expect, test } from './support/test.ts';
import { parse } from 'yaml';
import { sourceArticles, viewUrl } from '../support/sources.ts';

// The glossary is read from its source file and the texts from the Markdown, not from the build.
interface Entry {
	id: string;
	zh: string;
	en: string;
	forms?: string[];
	pinyin: string;
	authority: string;
}
const entries = (parse(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as { entries: Entry[] }).entries;
const articles = sourceArticles();
const formsOf = (entry: Entry, lang: 'zh' | 'en') => (lang === 'zh' ? [entry.zh] : (entry.forms ?? [entry.en]));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * How often each entry occurs in a text as the edition counts it: longer forms first, so words
 * inside a longer entry's occurrence belong to that entry; English forms as whole words.
 */
function expectedCounts(text: string, lang: 'zh' | 'en'): Map<string, number> {
	const forms = entries.flatMap((entry) => formsOf(entry, lang).map((form) => ({ id: entry.id, form }))).sort((a, b) => b.form.length - a.form.length);
	const counts = new Map<string, number>();
	let rest = text;
	for (const { id, form } of forms) {
		const pattern = new RegExp(lang === 'en' ? `(?<!\\w)${escape(form)}(?!\\w)` : escape(form), 'g');
		const found = rest.match(pattern)?.length ?? 0;
		if (found) counts.set(id, (counts.get(id) ?? 0) + found);
		rest = rest.replace(pattern, (m) => '\u0000'.repeat(m.length));
	}
	return counts;
}

test('every occurrence is marked in every view, linked to its entry (or named inside a note’s link)', async ({ page }) => {
	for (const view of ['parallel', 'zh', 'en'] as const) {
		for (const article of articles) {
			await page.goto(viewUrl(article.slug, view));
			for (const lang of view === 'parallel' ? (['zh', 'en'] as const) : ([view] as const)) {
				const paragraphs = article[lang].paragraphs;
				for (const [i, text] of paragraphs.entries()) {
					const column = page.locator(`#p${i + 1} .text[lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"]`);
					const marks = await column.locator('a[href*="glossary/#"], .term').evaluateAll((els) =>
						els.map((el) => ({ id: el.getAttribute('data-term') ?? el.getAttribute('href')!.split('#')[1]!, text: el.textContent! })),
					);
					const found = new Map<string, number>();
					for (const mark of marks) {
						found.set(mark.id, (found.get(mark.id) ?? 0) + 1);
						const entry = entries.find((e) => e.id === mark.id)!;
						expect(formsOf(entry, lang)).toContain(mark.text);
					}
					expect(found, `¶${i + 1} ${lang} in the ${view} view`).toEqual(expectedCounts(text, lang));
				}
			}
		}
	}
});

test('a marked word opens its entry, and each entry’s back-links open paragraphs holding it', async ({ page, baseURL }) => {
	const article = articles[0]!;
	await page.goto(viewUrl(article.slug, 'parallel'));
	// (The Chinese link opens the word lookup when the script runs: lookup.spec.ts.)
	await page.locator('#p2 .text[lang="en"] a[href*="glossary/#zhu-de"]').click();
	await expect(page.locator('#zhu-de:target')).toBeInViewport();
	await expect(page.locator('#zhu-de [lang="zh-Latn-pinyin"]')).toHaveText('Zhū Dé');

	for (const entry of entries) {
		const links = await page.locator(`#${entry.id} .occurrences a`).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
		expect(links.length, entry.id).toBeGreaterThan(0);
		await expect(page.locator(`#${entry.id} .authority`)).toHaveText(`Authority: ${entry.authority}`);
		for (const href of links) {
			const url = new URL(href);
			const slug = url.pathname.split('/').filter(Boolean).at(-1)!;
			const source = articles.find((a) => a.slug === slug)!;
			const n = Number(url.hash.slice(2));
			const holds = source.zh.paragraphs[n - 1]!.includes(entry.zh) || formsOf(entry, 'en').some((f) => source.en.paragraphs[n - 1]!.includes(f));
			expect(holds, `${entry.id} → ${href}`).toBe(true);
			const response = await page.request.get(href);
			expect(response.status()).toBe(200);
			expect(await response.text()).toContain(`id="${url.hash.slice(1)}"`);
		}
	}
	expect(baseURL).toBeTruthy();
});
