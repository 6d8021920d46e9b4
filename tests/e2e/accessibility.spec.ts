import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { axeViolations } from './support/axe.ts';
import { builtPages } from './support/pages.ts';
import { listedParagraphs } from './support/search.ts';

// Accessibility, keyboard, languages, CSP and origins of every page. (Named to run first: its
// checks of the long article pages are the suite's longest tests, so they start first.)
// Every built page, and an unknown path, which the server answers with the 404 page; the article
// pages first, for the same reason.
const pages = [...builtPages(), 'no-such-page/'].sort((a, b) => Number(!a.startsWith('articles/')) - Number(!b.startsWith('articles/')) || a.localeCompare(b));

test('the build has the pages these checks walk', () => {
	expect(pages).toEqual(expect.arrayContaining(['', 'search/', 'search/zh/', 'anchors/']));
	expect(pages.filter((p) => p.startsWith('articles/')).length).toBeGreaterThanOrEqual(3);
});

/** Collects CSP violations and every request a page makes, from before its first script runs. */
async function watch(page: Page) {
	const requests: string[] = [];
	const console: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('console', (message) => console.push(message.text()));
	await page.addInitScript(() => {
		(window as unknown as { cspViolations: string[] }).cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) =>
			(window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
		);
	});
	return {
		requests,
		async violations() {
			const events = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
			return [...events, ...console.filter((text) => /Content Security Policy/i.test(text))];
		},
	};
}

// axe-core's rules whose results depend on colours (edition.css changes colours with the colour
// scheme only).
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
// The rules whose result can change with the viewport's width. The page's DOM is the same at every
// width, and no width media query hides anything or sets a colour (tests/unit/stylesheets.test.ts),
// so the rules about names, roles, languages, structure and colour could only repeat the desktop run.
const LAYOUT_RULES = ['target-size', 'scrollable-region-focusable', 'meta-viewport', 'css-orientation-lock'];

/** axe-core's WCAG 2.2 AA rules on the page as it is now: all of them, the colour rules, or those that depend on layout. */
async function axe(page: Page, rules: 'all' | 'colour' | 'layout' = 'all') {
	return axeViolations(page, rules === 'all' ? {} : { rules: rules === 'colour' ? COLOUR_RULES : LAYOUT_RULES });
}

/** axe-core's rules on the page as loaded, at two widths and in both schemes. */
async function hasNoViolations(page: Page) {
	// Width and colour scheme apply live, as for a reader resizing or switching scheme. Every rule
	// runs at desktop width in light; the colour rules again in dark (the dark scheme changes colours
	// and nothing else, and no colour changes with the width); at phone width the rules that depend on
	// layout (see LAYOUT_RULES). The citation and pinyin pages have thousands of elements.
	const runs = [
		{ width: 1280, colorScheme: 'light', rules: 'all' },
		{ width: 1280, colorScheme: 'dark', rules: 'colour' },
		{ width: 375, colorScheme: 'light', rules: 'layout' },
	] as const;
	for (const { width, colorScheme, rules } of runs) {
		await page.setViewportSize({ width, height: width > 1000 ? 900 : 740 });
		await page.emulateMedia({ colorScheme });
		expect(await axe(page, rules), `${width}px ${colorScheme}`).toEqual([]);
	}
}

/** What the page loaded (watched from before its load), and its keyboard, zoom, headings and languages. */
async function loadsAndReadsWell(page: Page, path: string, watched: Awaited<ReturnType<typeof watch>>, baseURL: string) {
	// The search pages fetch the index after loading; the others request nothing more.
	if (path.startsWith('search')) await page.waitForLoadState('networkidle');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("default-src 'self'");
	expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
	expect(await watched.violations()).toEqual([]);
	const origin = new URL(baseURL).origin;
	expect(watched.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);

	const viewport = await page.locator('meta[name="viewport"]').getAttribute('content');
	expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)|maximum-scale/);
	expect(await page.locator('html').getAttribute('lang')).toMatch(/^(en|zh-Hans)$/);
	// Headings: one h1, and no level skipped on the way down.
	const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
	expect(levels.filter((l) => l === 1)).toHaveLength(1);
	expect(levels[0]).toBe(1);
	levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!).toBeLessThanOrEqual(1));
	// Every text block in a language other than the page's says so.
	for (const text of await page.locator('.paragraph .text').all()) expect(await text.getAttribute('lang')).toMatch(/^(en|zh-Hans)$/);
	// Chinese quoted in English (notes, citations, the glossary, the record) is marked as Chinese:
	// every text holding a Han character is inside an element whose language is Chinese.
	const unmarked = await page.evaluate(() => {
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const found: string[] = [];
		while (walker.nextNode()) {
			const node = walker.currentNode as Text;
			const host = node.parentElement!;
			if (!/\p{Script=Han}/u.test(node.data) || host.closest('script, style, template, noscript')) continue;
			if (!host.closest('[lang]')!.getAttribute('lang')!.startsWith('zh')) found.push(node.data.trim().slice(0, 40));
		}
		return found;
	});
	expect(unmarked).toEqual([]);

	// Every control is reachable by Tab and shows where focus is. A group of radio buttons is one
	// tab stop (arrow keys move inside it).
	const radioGroups = new Set(await page.locator('input[type="radio"]:visible').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name))).size;
	const focusable = (await page.locator('a[href]:visible, button:visible, input:not([type="radio"]):visible, summary:visible').count()) + radioGroups;
	// The page records each focus as it happens, so the walk needs no round trip per Tab.
	await page.evaluate(() => {
		const controls = new Map([...document.querySelectorAll('a[href], button, input, summary')].map((el, i) => [el, i]));
		const seen: { path: number; visible: boolean; tag: string; text: string; skip: boolean }[] = [];
		(window as unknown as { focusWalk: typeof seen }).focusWalk = seen;
		document.addEventListener('focusin', (event) => {
			const el = event.target as HTMLElement;
			const style = getComputedStyle(el);
			const visible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
			const path = controls.get(el) ?? [...document.querySelectorAll('a[href], button, input, summary')].indexOf(el);
			seen.push({ path, visible, tag: el.tagName, text: el.textContent?.trim().slice(0, 30) ?? '', skip: el.classList.contains('skip-link') });
		});
	});
	for (let i = 0; i < focusable + 3; i++) await page.keyboard.press('Tab');
	const walk = await page.evaluate(() => (window as unknown as { focusWalk: { path: number; visible: boolean; tag: string; text: string; skip: boolean }[] }).focusWalk);
	for (const focused of walk) expect(focused.visible, `${focused.tag} ${focused.text} has a visible focus outline`).toBe(true);
	expect(new Set(walk.map((f) => f.path)).size).toBe(focusable);
	// The skip link comes first, shows when focused, and moves focus to the text.
	expect(walk[0]?.skip).toBe(true);
	const skip = page.locator('.skip-link');
	await skip.focus();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
}

const CHECKS = 'loads only from its own origin, breaks no CSP rule, keeps keyboard, zoom, headings and languages in order, and shows focus on every control';
const AXE = 'has no accessibility violations at desktop and phone widths, light and dark';

for (const path of pages) {
	// Under the sub-path, the two pages whose scripts load more as they run (the reading page's
	// chunks, the search page's index) are loaded again; every static link and asset of every page
	// under the sub-path is linkinator's (npm run test:links). Elsewhere one test, one page load, for
	// both sets of checks (a new page costs about a CPU-second, more than most checks).
	const underBase = path === 'search/' || /^articles\/[^/]+\/$/.test(path);
	test.describe(`page /${path}`, () => {
		if (underBase) {
			test(CHECKS, { tag: '@base' }, async ({ page, baseURL }) => {
				const watched = await watch(page);
				await page.goto(path);
				await loadsAndReadsWell(page, path, watched, baseURL!);
			});
			test(AXE, async ({ page }) => {
				test.setTimeout(120_000);
				await page.goto(path);
				await hasNoViolations(page);
			});
		} else {
			test(`${CHECKS}; ${AXE}`, async ({ page, baseURL }) => {
				test.setTimeout(120_000);
				const watched = await watch(page);
				await page.goto(path);
				await loadsAndReadsWell(page, path, watched, baseURL!);
				await hasNoViolations(page);
			});
		}
	});
}

test('search results open are accessible, light and dark', async ({ page }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto('search/?q=%E6%89%8B%E5%B7%A5%E4%B8%9A');
		await listedParagraphs(page);
		expect(await axe(page), colorScheme).toEqual([]);
	}
});

test('a Cite panel open is accessible, light and dark, and breaks no CSP rule', async ({ page }) => {
	const watched = await watch(page);
	const article = pages.find((p) => /^articles\/[^/]+\/$/.test(p))!;
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		await page.goto(article);
		await page.locator('#p1 details.cite summary').click();
		await expect(page.locator('#p1 .cite-panel')).toBeVisible();
		// The Copy buttons and the sentence links are in (their code has loaded) before the check,
		// and the sentence links are unfolded so they are checked too.
		await expect(page.locator('#p1 dl:not(.segment-links) .copy-button').first()).toBeVisible();
		const fold = page.locator('#p1 .segment-links-fold');
		if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) await fold.locator('summary').click();
		await expect(page.locator('#p1 .segment-links .copy-button').first()).toBeVisible();
		// The panel (the rest of the page is the page's own test, in both schemes).
		expect(await axeViolations(page, { include: '#p1 .cite-panel' }), colorScheme).toEqual([]);
	}
	expect(await watched.violations()).toEqual([]);
});

test('search works under the Content-Security-Policy and stays on the site', async ({ page, baseURL }) => {
	const watched = await watch(page);
	await page.goto('search/?q=cooperativization');
	expect((await listedParagraphs(page)).length).toBeGreaterThan(0);
	await page.locator('#search-query').fill('手工業');
	expect((await listedParagraphs(page)).length).toBeGreaterThan(0);
	expect(await watched.violations()).toEqual([]);
	const origin = new URL(baseURL!).origin;
	expect(watched.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});
