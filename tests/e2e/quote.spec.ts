import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { parseTextDirectives } from '../../src/lib/text-fragment.ts';
import { axeViolations } from './support/axe.ts';
import { sourceArticles, viewUrl } from '../support/sources.ts';

// Cite what you selected: words selected in the reading text get Copy link (a link that lands on those
// very words) and Cite (the paragraph's citations quoting them). (In Firefox and WebKit: tests/engines/.)
const article = sourceArticles()[0]!;
const parallel = viewUrl(article.slug, 'parallel');
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Selects `words` (the first occurrence after `after`) in a paragraph's text in one language, as a reader's drag would. */
async function select(page: Page, paragraph: string, lang: string, words: string, after = 0) {
	await page.locator(`#${paragraph} .text[lang="${lang}"]`).evaluate(
		(text, [words, after]) => {
			const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement!.closest('rt') ? 2 : 1) });
			const nodes: Text[] = [];
			while (walker.nextNode()) nodes.push(walker.currentNode as Text);
			const joined = nodes.map((n) => n.data).join('');
			const at = joined.indexOf(words as string, after as number);
			if (at < 0) throw new Error(`${words} not found`);
			const locate = (offset: number) => {
				let start = 0;
				for (const node of nodes) {
					if (offset <= start + node.data.length) return [node, offset - start] as const;
					start += node.data.length;
				}
				throw new Error('offset past the text');
			};
			const range = document.createRange();
			range.setStart(...locate(at));
			range.setEnd(...locate(at + (words as string).length));
			text.scrollIntoView({ block: 'center' });
			getSelection()!.removeAllRanges();
			getSelection()!.addRange(range);
		},
		[words, after] as const,
	);
}

const tools = (page: Page) => page.locator('.quote-tools');

test('Copy link copies a link to the very words; opened, it lands on them', async ({ page, browser }, testInfo) => {
	await page.goto(parallel);
	const words = '手工业生产有了改进和发展';
	await select(page, 'p3', 'zh-Hans', words);
	await expect(tools(page)).toBeVisible();
	await expect(tools(page)).toHaveAttribute('aria-label', 'Selected words');
	await tools(page).getByRole('button', { name: /Copy link/ }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
	// The sentence holding the words, and a directive that finds exactly them (they occur once: no context).
	expect(link.startsWith(`${canonical}#p3-s4:~:text=`)).toBe(true);
	expect(parseTextDirectives(new URL(link).hash)).toEqual([{ start: words }]);
	await expect(page.locator('.copy-status')).toContainText('Copied');
	await page.screenshot({ path: 'tests/.output/screenshots/quote-tools-1280.png' });

	// Opened (on this test server's address): Chromium finds and highlights the words itself.
	const opened = await browser.newPage();
	await opened.goto(link.replace(canonical, new URL(parallel, testInfo.project.use.baseURL).href));
	await expect.poll(() => wordsInView(opened, 'p3', words)).toBe(true);
	expect(await opened.evaluate(() => location.hash)).toBe('#p3-s4');
	await opened.close();
});

/** Whether the first occurrence of the words in a paragraph's Chinese is in the viewport. */
function wordsInView(page: Page, paragraph: string, words: string): Promise<boolean> {
	return page.locator(`#${paragraph} .text[lang="zh-Hans"]`).evaluate((text, words) => {
		const node = [...text.querySelectorAll('*'), text].flatMap((el) => [...el.childNodes]).find((n) => n.nodeType === 3 && (n as Text).data.includes(words)) as Text | undefined;
		if (!node) return false;
		const range = document.createRange();
		range.setStart(node, node.data.indexOf(words));
		range.setEnd(node, node.data.indexOf(words) + words.length);
		const box = range.getBoundingClientRect();
		return box.top >= 0 && box.bottom <= innerHeight;
	}, words);
}

test('in a browser without text fragments, the reading script marks the words and clears the directive', async ({ page }) => {
	// Chromium finds text fragments itself, no switch turns that off, and it hides the directive from
	// the page's address (even one set by history.replaceState). A browser that lacks them leaves it in
	// location.hash, where reader.ts finds it at load and runs this chunk; here the built chunk is run
	// with that fragment.
	const words = '手工业生产有了改进和发展';
	await page.goto(parallel);
	const chunk = readdirSync(new URL('../../dist/_astro/', import.meta.url)).find((f) => /^text-arrival\..+\.js$/.test(f))!;
	await page.evaluate(
		async ([words, chunk]) => {
			const { markTextArrival } = await import(`/_astro/${chunk}`);
			markTextArrival(`#p3-s4:~:text=${encodeURIComponent(words!)}`);
		},
		[words, chunk],
	);
	expect((await page.locator('#p3 .text[lang="zh-Hans"] mark').allTextContents()).join('')).toBe(words);
	await expect(page.locator('#p3 mark').first()).toBeInViewport();
	await expect(page.locator('#p3')).toHaveAttribute('data-highlighted', '1');
});

test('Cite shows the paragraph’s citations quoting the words, each with Copy; Escape closes it, then the tools', async ({ page }) => {
	await page.goto(parallel);
	const words = 'handicraft production has been improved and developed';
	await select(page, 'p3', 'en', words);
	await expect(tools(page)).toBeVisible();
	const link = (await tools(page).getAttribute('data-link'))!;
	await tools(page).getByRole('button', { name: 'Cite' }).click();
	const panel = tools(page).locator('.quote-cite');
	await expect(panel).toBeVisible();
	const citations = await panel.locator('.citation-text').allTextContents();
	expect(citations.length).toBeGreaterThanOrEqual(4);
	for (const citation of citations) expect(citation.startsWith(`“${words}” `)).toBe(true);
	// The full citations give the link to the words instead of the paragraph's.
	// (The panel's forms with a URL: each version's Chicago note.)
	expect(citations.filter((c) => c.includes(link)).length).toBeGreaterThanOrEqual(2);
	expect(citations.some((c) => c.includes('#p3.') || c.endsWith('#p3'))).toBe(false);
	await panel.locator('.copy-button').first().click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citations[0]);
	await page.screenshot({ path: 'tests/.output/screenshots/quote-cite-1280.png' });
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		expect(await axeViolations(page, { include: '.quote-tools' }), colorScheme).toEqual([]);
	}
	await page.emulateMedia({ colorScheme: 'light' });
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(tools(page).getByRole('button', { name: 'Cite' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(tools(page)).toHaveCount(0);
});

test('words that occur more than once get their context; the keyboard reaches the tools with Tab', async ({ page }) => {
	await page.goto(parallel);
	// 手工业 occurs in many sentences: the link says which by the words around it.
	await select(page, 'p4', 'zh-Hans', '手工业');
	await expect(tools(page)).toBeVisible();
	const [directive] = parseTextDirectives(new URL((await tools(page).getAttribute('data-link'))!).hash);
	expect(directive!.start).toBe('手工业');
	expect(directive!.prefix ?? directive!.suffix).toBeTruthy();
	// From the selection, Tab reaches the tools (after any link in the text after it).
	for (let i = 0; i < 15 && !(await page.evaluate(() => Boolean(document.activeElement?.closest('.quote-tools')))); i++) await page.keyboard.press('Tab');
	await expect(tools(page).getByRole('button', { name: /Copy link/ })).toBeFocused();
});

test('a selection over two paragraphs, or outside the reading text, offers nothing', async ({ page }) => {
	await page.goto(parallel);
	await page.evaluate(() => {
		const range = document.createRange();
		range.setStart(document.querySelector('#p2 .text[lang="zh-Hans"] p')!.firstChild!.firstChild!, 1);
		range.setEnd(document.querySelector('#p3 .text[lang="zh-Hans"] p')!.firstChild!.firstChild!, 2);
		getSelection()!.removeAllRanges();
		getSelection()!.addRange(range);
	});
	await page.waitForTimeout(500);
	await expect(tools(page)).toHaveCount(0);
	await page.locator('h1').selectText();
	await page.waitForTimeout(500);
	await expect(tools(page)).toHaveCount(0);
});

test('words quoted from the corrected reading are quoted as the reader sees them, and said to be corrected; their link finds the received words in their place', async ({ page }) => {
	await page.goto(parallel);
	await page.evaluate(() => localStorage.setItem('edition:reading', 'corrected'));
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-corrected', '');
	const words = 'cooperatives of middling standard should earnestly improve';
	await select(page, 'p4', 'en', words);
	await tools(page).getByRole('button', { name: 'Cite' }).click();
	const citations = await tools(page).locator('.quote-cite .citation-text').allTextContents();
	for (const citation of citations) expect(citation.startsWith(`“${words}” [translation corrected by the editors] `)).toBe(true);
	// Their link, opened as received (every reader's first reading), marks the received words in their place.
	await tools(page).getByRole('button', { name: /Copy link/ }).click();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).hash).toMatch(/^#p4-s2:~:text=/);
	const opened = await page.context().newPage();
	await opened.goto(parallel);
	await opened.evaluate(() => localStorage.setItem('edition:reading', 'received'));
	await opened.reload();
	const chunk = readdirSync(new URL('../../dist/_astro/', import.meta.url)).find((f) => /^text-arrival\..+\.js$/.test(f))!;
	await opened.evaluate(
		async ([hash, chunk]) => {
			const { markTextArrival } = await import(`/_astro/${chunk}`);
			markTextArrival(hash);
		},
		[new URL(link).hash, chunk],
	);
	expect((await opened.locator('#p4 .text[lang="en"] mark').allTextContents()).join('')).toBe('medium-sized cooperatives should earnestly improve');
	await opened.close();
	// As received, the same place is quoted without it.
	await page.evaluate(() => localStorage.setItem('edition:reading', 'received'));
	await page.reload();
	await select(page, 'p4', 'en', 'medium-sized cooperatives should earnestly improve');
	await tools(page).getByRole('button', { name: 'Cite' }).click();
	const received = await tools(page).locator('.quote-cite .citation-text').allTextContents();
	expect(received.length).toBeGreaterThan(0);
	for (const citation of received) {
		expect(citation.startsWith('“medium-sized cooperatives should earnestly improve” ')).toBe(true);
		expect(citation).not.toContain('corrected by the editors');
	}
});
