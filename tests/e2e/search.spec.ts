import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { listedParagraphs, searchFor, typeQuery } from './support/search.ts';
import { sourceArticles, viewUrl } from '../support/sources.ts';
import { RANK } from '../../src/lib/search/ranking.ts';

// Expected results are worked out from the Markdown sources, never from the index: a query must
// list exactly the paragraphs whose text the rule for its kind of query matches.
const articles = sourceArticles();
const paragraphs = articles.flatMap((a) => a.zh.paragraphs.map((zh, i) => ({ key: `${a.slug}#p${i + 1}`, zh, en: a.en.paragraphs[i]! })));
type Paragraph = (typeof paragraphs)[number];
const where = (test: (p: Paragraph) => boolean) => paragraphs.filter(test).map((p) => p.key).sort();

// Chinese: the (simplified) query occurs exactly in the Chinese text, as the browser's find would find it.
const chinese: [query: string, simplified: string][] = [
	['手工业', '手工业'],
	['工业', '工业'],
	['合作社', '合作社'],
	['白如冰', '白如冰'],
	['朱德', '朱德'],
	['生产', '生产'],
	['民主管理', '民主管理'],
	['一九五五年', '一九五五年'],
	// Traditional characters find the simplified text.
	['手工業', '手工业'],
	['聯合社', '联合社'],
	['會議', '会议'],
];

// English: Pagefind stems and matches the start of words, so each query stands for a stem prefix.
const english: [query: string, matches: RegExp, chineseEquivalent?: string][] = [
	['cooperative', /\bcooperat/i],
	['cooperativization', /\bcooperativization/i],
	['produce', /\bproduc/i],
	['handicraft', /\bhandicraft/i],
	['Zhu De', /\bZhu De\b/, '朱德'],
	['"Bai Rubing"', /\bBai Rubing\b/, '白如冰'],
];

// Pinyin without tones finds the Chinese it spells.
const pinyin: [query: string, han: string][] = [
	['shougongye', '手工业'],
	['hezuoshe', '合作社'],
	['zhude', '朱德'],
	['zhu de', '朱德'],
	['shǒugōngyè', '手工业'],
	['bairubing', '白如冰'],
];

// One page per table: the search page loads Pagefind once and each query is typed into its box.
test.describe('what must be found', () => {
	test('Chinese', async ({ page }) => {
		await page.goto('search/');
		for (const [query, simplified] of chinese) {
			await test.step(query, async () => {
				const listed = await typeQuery(page, query);
				const expected = where((p) => p.zh.includes(simplified));
				expect(expected.length, `${query} occurs in the text`).toBeGreaterThan(0);
				expect.soft(listed.sort(), query).toEqual(expected);
				// Every excerpt marks exactly the string asked for.
				for (const mark of await page.locator('.search-results .result-excerpt[lang="zh-Hans"] mark').allTextContents()) expect.soft(mark, query).toBe(simplified);
			});
		}
	});

	test('English', async ({ page }) => {
		await page.goto('search/');
		for (const [query, matches, han] of english) {
			await test.step(query, async () => {
				const listed = await typeQuery(page, query);
				const expected = where((p) => matches.test(p.en) || (han !== undefined && p.zh.includes(han)));
				expect(expected.length).toBeGreaterThan(0);
				expect.soft(listed.sort(), query).toEqual(expected);
			});
		}
	});

	test('pinyin', async ({ page }) => {
		await page.goto('search/');
		for (const [query, han] of pinyin) {
			await test.step(query, async () => {
				const listed = await typeQuery(page, query);
				const words = query.split(' ');
				const expected = where((p) => p.zh.includes(han) || words.every((w) => new RegExp(`\\b${w}\\b`, 'i').test(p.en)));
				expect(expected.length).toBeGreaterThan(0);
				expect.soft(listed.sort(), query).toEqual(expected);
			});
		}
	});
});

/**
 * One search page for all the tests of a describe block, run in order: each query is typed into its
 * box, as a reader would, instead of loading Pagefind again per test. `use` receives the page.
 */
function oneSearchPage(use: (page: Page) => void): void {
	test.describe.configure({ mode: 'serial' });
	let page: Page;
	test.beforeAll(async ({ browser, baseURL }) => {
		page = await browser.newPage({ baseURL: baseURL! });
		await page.goto('search/');
		use(page);
	});
	test.afterAll(async () => {
		await page.close();
	});
}

// The cases that were loose before: exact Chinese strings, English word forms ranked above stems.
test.describe('precision', () => {
	let page: Page;
	oneSearchPage((opened) => (page = opened));
	const slug = articles[0]!.slug;
	const ranks = () => page.locator('.search-results > li').evaluateAll((items) => items.map((li) => Number((li as HTMLElement).dataset.rank)));

	test('联合社 lists only the paragraphs that have 联合社, not 联合总社', async () => {
		expect(await typeQuery(page, '联合社')).toEqual([`${slug}#p3`, `${slug}#p5`]);
	});

	test('手工業合作化 lists the paragraph with the string, and not one where its words occur apart', async () => {
		const listed = await typeQuery(page, '手工業合作化');
		expect(listed[0]).toBe(`${slug}#p3`);
		expect(listed).not.toContain(`${slug}#p4`);
		expect(listed).toEqual(where((p) => p.zh.includes('手工业合作化')));
	});

	test('productivity lists the paragraph that says it first, the stem-only ones after, ranked', async () => {
		const listed = await typeQuery(page, 'productivity');
		expect(listed[0]).toBe(`${slug}#p4`);
		const exact = where((p) => /\bproductivity\b/i.test(p.en));
		expect(listed.slice(0, exact.length).sort()).toEqual(exact);
		const order = await ranks();
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(order.at(-1)).toBeGreaterThan(order[0]!);
	});

	test('a word the text lacks finds nothing, though the index offers a word that begins it', async () => {
		// Pagefind, finding no planners, offers plan and planning; finding no zhude in English, offers Zhu.
		expect(where((p) => /\bplanner/i.test(p.en))).toEqual([]);
		expect(await typeQuery(page, 'planners')).toEqual([]);
		await typeQuery(page, 'zhude');
		expect(await ranks()).toEqual([RANK.pinyin]);
		await expect(page.locator('.search-results mark')).toHaveCount(0);
	});

	test('a quoted phrase finds only the phrase, and marks it whole', async () => {
		const listed = await typeQuery(page, '"democratic management"');
		expect(listed.sort()).toEqual(where((p) => /\bdemocratic management\b/i.test(p.en)));
		for (const mark of await page.locator('.search-results .result-excerpt[lang="en"] mark').allTextContents()) expect(mark.toLowerCase()).toBe('democratic management');
	});

	test('marks exactly what matched in the excerpt and in the row: the string, the word or an inflection of it', async ({ browser, baseURL }) => {
		for (const [query, matches] of [
			['手工业', (m: string) => m === '手工业'],
			['工业', (m: string) => m === '工业'],
			['cooperative', (m: string) => /^cooperative/i.test(m) && !/\W/.test(m)],
		] as const) {
			await typeQuery(page, query);
			const marks = await page.locator('.search-results mark').allTextContents();
			expect(marks.length, query).toBeGreaterThan(0);
			for (const mark of marks) expect(matches(mark), `${query}: ${mark}`).toBe(true);
			const href = (await page.locator('.search-results > li a').first().getAttribute('href'))!;
			const row = await browser.newPage({ baseURL: baseURL! });
			await row.goto(href);
			const id = (await row.locator('.paragraph:has(:target)').getAttribute('id'))!;
			await expect(row.locator(`#${id}`)).toHaveAttribute('data-highlighted', /^[1-9]/);
			for (const mark of await row.locator(`#${id} .text mark`).allTextContents()) expect(matches(mark), `${query} in the row: ${mark}`).toBe(true);
			await row.close();
		}
	});
});

test.describe('the results list', () => {
	let page: Page;
	oneSearchPage((opened) => (page = opened));

	test('each hit names the article and paragraph, marks the match, and links to its sentence (#pN-sM) on the parallel page', async ({ baseURL }) => {
		await typeQuery(page, '朱德');
		const item = page.locator('.search-results > li').first();
		await expect(item.locator('a')).toContainText('¶2');
		await expect(item.locator('a')).toContainText(articles[0]!.zh.title);
		await expect(item.locator('a')).toContainText(articles[0]!.en.title);
		await expect(item.locator('.result-excerpt[lang="zh-Hans"] mark').first()).toHaveText('朱德');
		// The article's date in the paper.
		await expect(item.locator('time.result-date')).toHaveAttribute('datetime', articles[0]!.zh.date!);
		await expect(item.locator('time.result-date')).toHaveText('9 January 1955');
		const href = (await item.locator('a').getAttribute('href'))!;
		expect(new URL(href, baseURL).pathname).toBe(new URL(viewUrl(articles[0]!.slug, 'parallel'), baseURL).pathname);
		expect(href).toMatch(/#p2-s\d+$/);
	});

	// The bilingual keyword-in-context line: the sentence that matched, its counterpart beneath, each
	// exactly a sentence of the source paragraph; the link goes to that sentence pair.
	for (const [query, first, word] of [
		['白如冰', 'zh-Hans', '白如冰'],
		['cooperativization', 'en', 'cooperativization'],
	] as const) {
		test(`a hit on ${query} quotes the sentence that matched, with its translation beneath, and links to it`, async () => {
			const listed = await typeQuery(page, query);
			expect(listed.length).toBeGreaterThan(0);
			for (const [i, key] of listed.entries()) {
				const item = page.locator('.search-results > li').nth(i);
				const n = Number(key.split('#p')[1]);
				const source = articles[0]!;
				const excerpts = await item.locator('.result-excerpt').evaluateAll((ps) => ps.map((p) => ({ lang: p.getAttribute('lang'), text: p.textContent!, counterpart: p.classList.contains('result-counterpart') })));
				expect(excerpts.map((e) => [e.lang, e.counterpart])).toEqual([
					[first, false],
					[first === 'en' ? 'zh-Hans' : 'en', true],
				]);
				const [said, translated] = excerpts;
				expect(said!.text.toLowerCase()).toContain(word);
				const paragraphOf = (lang: string | null) => (lang === 'en' ? source.en : source.zh).paragraphs[n - 1]!;
				// The English of a sentence the editors corrected is shown as received, then their reading in brackets.
				const received = (text: string) => text.replace(/ \[[^\]]*\]/, '');
				expect(paragraphOf(said!.lang)).toContain(received(said!.text));
				expect(paragraphOf(translated!.lang)).toContain(received(translated!.text));
				await expect(item.locator('.result-excerpt').first().locator('mark').first()).toHaveText(new RegExp(`^${word}$`, 'i'));
				const segment = (await item.getAttribute('data-segment'))!;
				expect(segment).toMatch(new RegExp(`^p${n}-s\\d+$`));
				expect(await item.locator('a').getAttribute('href')).toMatch(new RegExp(`#${segment}$`));
			}
		});
	}

	test('hits on one paragraph in English and in the Chinese (here via pinyin) read as one entry', async () => {
		const listed = await typeQuery(page, 'Zhu De');
		expect(listed).toHaveLength(1);
		const item = page.locator('.search-results > li');
		await expect(item.locator('.result-excerpt')).toHaveCount(2);
		await expect(item.locator('.result-excerpt[lang="en"] mark').first()).toHaveText(/^(Zhu|De)$/);
		await expect(item.locator('.result-excerpt[lang="zh-Hans"]')).toContainText('朱德');
		await expect(item.locator('.result-note')).toHaveText(/pinyin/);
	});

	test('a query in both languages lists one entry per paragraph with both excerpts marked', async () => {
		const listed = await typeQuery(page, '白如冰 Bai');
		expect(new Set(listed).size).toBe(listed.length);
		expect(listed.length).toBeGreaterThan(0);
	});

	test('a term in several paragraphs lists each of them once', async () => {
		const listed = await typeQuery(page, '会议');
		expect(listed.length).toBeGreaterThan(1);
		expect(new Set(listed).size).toBe(listed.length);
		await expect(page.locator('.search-status')).toHaveText(`${listed.length} paragraphs in 1 article.`);
	});

	test('the result count is announced to screen readers', async () => {
		await typeQuery(page, '手工业');
		const status = page.locator('.search-status');
		await expect(status).toHaveAttribute('role', 'status');
		await expect(status).toHaveAttribute('aria-live', 'polite');
		await expect(status).toHaveText(/^\d+ paragraphs? in \d+ articles?\.$/);
	});

	test('a query that matches nothing says so, in English and in Chinese', async () => {
		expect(await typeQuery(page, 'qwertyuiop')).toEqual([]);
		await expect(page.locator('.search-status')).toHaveText('No paragraph matches “qwertyuiop”.');
		// Last: it leaves the Chinese search page open.
		expect(await searchFor(page, '火箭', 'search/zh/')).toEqual([]);
		await expect(page.locator('.search-status')).toHaveText('没有与“火箭”匹配的段落。');
	});
});

test.describe('search as a link', { tag: '@base' }, () => {
	test('the URL follows the query as the reader types, and a shared link runs it again', async ({ page }) => {
		await page.goto('search/');
		await page.locator('#search-query').fill('白如冰');
		await expect(page).toHaveURL(/\?q=%E7%99%BD%E5%A6%82%E5%86%B0$/);
		const first = await listedParagraphs(page);
		await page.reload();
		await expect(page.locator('#search-query')).toHaveValue('白如冰');
		expect(await listedParagraphs(page)).toEqual(first);
	});

	test('the header box on a reading page opens the search, focused with /', async ({ page }) => {
		await page.goto(viewUrl(articles[0]!.slug, 'parallel'));
		await page.keyboard.press('/');
		await expect(page.locator('#site-search')).toBeFocused();
		await page.keyboard.type('handicraft');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/search\/\?q=handicraft$/);
		expect((await listedParagraphs(page)).length).toBeGreaterThan(0);
	});

	test('the Chinese view searches with a Chinese interface', async ({ page }) => {
		await page.goto(viewUrl(articles[0]!.slug, 'zh'));
		await expect(page.locator('.search-box button')).toHaveText('搜索');
		await page.locator('#site-search').fill('合作社');
		await page.locator('#site-search').press('Enter');
		await expect(page).toHaveURL(/search\/zh\/\?q=/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await listedParagraphs(page);
		await expect(page.locator('.search-status')).toHaveText(/^在\d+篇文章中找到\d+个段落。$/);
	});
});

test.describe('arriving from a result', { tag: '@base' }, () => {
	test('scrolls to the sentence, marks it in both languages, and highlights the Chinese match only in the article text', async ({ page }) => {
		await searchFor(page, '手工業');
		const first = page.locator('.search-results > li a').first();
		const key = (await page.locator('.search-results > li').first().getAttribute('data-paragraph'))!;
		const segment = (await page.locator('.search-results > li').first().getAttribute('data-segment'))!;
		await first.click();
		const id = key.split('#')[1]!;
		const row = page.locator(`#${id}`);
		// The sentence is the target, inside its paragraph's row, and drawn marked in both columns.
		const target = page.locator(`#${id} #${segment}:target`);
		await expect(target).toBeInViewport();
		for (const lang of ['zh-Hans', 'en']) {
			expect(await page.locator(`[data-seg="${segment}"][lang="${lang}"]`).evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
		}
		await expect(target.locator('mark').first()).toHaveText('手工业');
		const marks = row.locator('.text[lang="zh-Hans"] mark');
		expect(await marks.count()).toBeGreaterThan(0);
		for (const text of await marks.allTextContents()) expect(text).toBe('手工业');
		// Nothing outside the paragraph's text is marked.
		expect(await page.locator('mark').count()).toBe(await row.locator('.text mark').count());
	});

	test('highlights an English match in the English column', async ({ page }) => {
		await searchFor(page, 'cooperativization');
		await page.locator('.search-results > li a').first().click();
		const marks = page.locator('.paragraph:has(:target) .text[lang="en"] mark');
		await expect(marks.first()).toHaveText(/^cooperativization$/i);
		await expect(page.locator('.paragraph:has(:target) .text[lang="zh-Hans"] mark')).toHaveCount(0);
		// The English sentence holding it is marked as the arrival (the id sits on its Chinese counterpart).
		const seg = (await page.locator(':target').getAttribute('data-seg'))!;
		await expect(page.locator(`[data-seg="${seg}"][lang="en"] mark`).first()).toHaveText(/^cooperativization$/i);
	});

	test('the pinyin page marks the same string, across its ruby, and never the pinyin', async ({ page }) => {
		const n = 3;
		await page.goto(`${viewUrl(articles[0]!.slug, 'parallel')}pinyin/?highlight=${encodeURIComponent('手工业')}#p${n}-s1`);
		const row = page.locator(`#p${n}`);
		await expect(row).toHaveAttribute('data-highlighted', /^[1-9]/);
		// Each character sits in its own ruby base, so one occurrence is marked piece by piece.
		const marked = (await row.locator('.text[lang="zh-Hans"] mark').allTextContents()).join('');
		const occurrences = articles[0]!.zh.paragraphs[n - 1]!.split('手工业').length - 1;
		expect(marked).toBe('手工业'.repeat(occurrences));
		await expect(row.locator('rt mark, mark rt')).toHaveCount(0);
	});

	test('a pinyin hit marks the row even where no word can be highlighted', async ({ page }) => {
		await searchFor(page, 'zhude');
		await page.locator('.search-results > li a').first().click();
		await expect(page.locator('.paragraph:target')).toHaveAttribute('id', 'p2');
		await expect(page.locator('.paragraph:target')).toBeInViewport();
	});
});

test.describe('keyboard', () => {
	test('arrow keys move through the results and Enter opens one', async ({ page }) => {
		await page.goto('search/');
		await page.locator('#search-query').fill('合作社');
		const listed = await listedParagraphs(page);
		expect(listed.length).toBeGreaterThan(2);
		await page.locator('#search-query').press('ArrowDown');
		const links = page.locator('.search-results a');
		await expect(links.nth(0)).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('ArrowUp');
		await page.keyboard.press('ArrowUp');
		await expect(page.locator('#search-query')).toBeFocused();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Tab');
		await expect(links.nth(1)).toBeFocused();
		await page.keyboard.press('Enter');
		// The paragraph's sentence that holds the match.
		await expect(page).toHaveURL(new RegExp(`#${listed[1]!.split('#')[1]}-s\\d+$`));
	});
});

test.describe('loading', () => {
	test('reading pages load no search code; the search page loads, per query, only the index its script needs', async ({ page }) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(viewUrl(articles[0]!.slug, 'parallel'));
		await page.goto('search/');
		await page.waitForLoadState('networkidle');
		expect(requests.filter((url) => /pagefind|traditional\.json/.test(url))).toEqual([]);
		// English that cannot be pinyin: the English index alone; no pinyin, no Chinese index, no traditional map.
		await page.locator('#search-query').fill('handicraft');
		await listedParagraphs(page);
		expect(requests.some((url) => url.includes('/pagefind-en/pagefind.js'))).toBe(true);
		expect(requests.some((url) => url.includes('/pagefind-pinyin/'))).toBe(false);
		expect(requests.some((url) => url.includes('/pagefind-zh/'))).toBe(false);
		expect(requests.some((url) => url.includes('traditional.json'))).toBe(false);
		// Letters that could be pinyin: the pinyin index merged in, sharing the English script and WebAssembly.
		requests.length = 0;
		await page.locator('#search-query').fill('zhude');
		await expect(page.locator('edition-search')).toHaveAttribute('data-query', 'zhude');
		await listedParagraphs(page);
		expect(requests.some((url) => /\/pagefind-pinyin\/index\/.+\.pf_index$/.test(url))).toBe(true);
		expect(requests.filter((url) => /pagefind\.js$|\.pagefind$/.test(url))).toEqual([]);
		// Chinese, on a fresh page: the Chinese index and the map, not the English index.
		requests.length = 0;
		await page.goto('search/');
		await page.locator('#search-query').fill('手工业');
		await listedParagraphs(page);
		expect(requests.some((url) => url.includes('/pagefind-zh/pagefind.js'))).toBe(true);
		expect(requests.some((url) => url.includes('traditional.json'))).toBe(true);
		expect(requests.some((url) => url.includes('/pagefind-en/'))).toBe(false);
	});
});

test.describe('what could not be read (offline, some of the index not kept)', () => {
	test('a fragment that fails leaves the results that could be read, with a notice; an index chunk that fails (Pagefind logs and skips it) too', async ({ page }) => {
		const logged: string[] = [];
		page.on('console', (message) => logged.push(message.text()));
		// The English records' fragments fail; the Chinese record of the same article is read.
		await page.route('**/pagefind-en/fragment/**', (route) => route.abort());
		await page.goto('search/');
		const listed = await typeQuery(page, '手工业 handicraft');
		const element = page.locator('edition-search');
		expect(listed.sort()).toEqual(where((p) => p.zh.includes('手工业') && /\bhandicraft/i.test(p.en)));
		await expect(element).toHaveAttribute('data-state', 'ready');
		await expect(element).toHaveAttribute('data-incomplete', '');
		await expect(page.getByRole('status')).toHaveText(/paragraphs? in 1 article\. Offline: some of the search index is not saved on this device, so results may be incomplete\./);
		// Read whole, the notice goes.
		await page.unroute('**/pagefind-en/fragment/**');
		await typeQuery(page, '手工业');
		await expect(element).not.toHaveAttribute('data-incomplete');
		await expect(page.getByRole('status')).not.toHaveText(/Offline/);
		// An index chunk that fails (on a fresh page: Pagefind keeps the chunks it has read): Pagefind
		// logs it and searches on without it, so nothing is found, and the page says why that may be.
		await page.route('**/pagefind-en/index/**', (route) => route.abort());
		await page.goto('search/');
		expect(await typeQuery(page, 'cooperative')).toEqual([]);
		await expect(element).toHaveAttribute('data-incomplete', '');
		await expect(page.getByRole('status')).toHaveText(/^No paragraph matches “cooperative”\. Offline: /);
		expect(logged.some((text) => /Failed to load the index chunk .*\/pagefind-en\/index\//.test(text))).toBe(true);
	});

	test('the Chinese interface says it in Chinese; when Pagefind itself cannot be loaded, the search fails as before', async ({ page }) => {
		await page.route('**/pagefind-zh/fragment/**', (route) => route.abort());
		await page.goto('search/zh/');
		await typeQuery(page, '手工业');
		await expect(page.getByRole('status')).toHaveText(/离线：本设备未保存部分搜索索引，结果可能不完整。$/);
		await page.route('**/pagefind-en/pagefind.js', (route) => route.abort());
		await page.locator('#search-query').fill('handicraft');
		await expect(page.locator('edition-search')).toHaveAttribute('data-state', 'failed');
		await expect(page.getByRole('status')).toHaveText('搜索无法加载，请刷新页面重试。');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page says search needs it and links to the articles', async ({ page }) => {
		await page.goto('search/?q=%E6%89%8B%E5%B7%A5%E4%B8%9A');
		await expect(page.locator('.search-notice')).toHaveText(/Search needs JavaScript/);
		await expect(page.locator('noscript a, .search-notice ~ ul a').first()).toBeVisible();
		await expect(page.locator('.search-form')).toBeHidden();
		await page.goto('search/zh/');
		await expect(page.locator('.search-notice')).toHaveText(/搜索需要启用 JavaScript/);
	});
});
