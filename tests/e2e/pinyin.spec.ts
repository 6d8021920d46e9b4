import { expect, test } from '@playwright/test';
import { sourceArticles, viewUrl } from './support/sources.ts';

const article = sourceArticles()[0]!;
const parallel = viewUrl(article.slug, 'parallel');
// The paragraph that names 朱德.
const zhuDe = article.zh.paragraphs.findIndex((p) => p.includes('朱德')) + 1;
const toned = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i;

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the switch is a link to the pinyin page and back; the English view has none', async ({ page }) => {
		await page.goto(parallel);
		await expect(page.locator('ruby')).toHaveCount(0);
		await page.locator('a.pinyin-toggle').click();
		await expect(page).toHaveURL(/\/pinyin\/$/);
		await expect(page.locator('a.pinyin-toggle')).toHaveText('Hide pinyin');
		// 朱德 → Zhū Dé, one word, one reading per character.
		const bases = await page.locator(`#p${zhuDe} ruby`).evaluateAll((rubies) =>
			rubies.map((ruby) => ({ base: [...ruby.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''), rt: [...ruby.querySelectorAll('rt')].map((rt) => rt.textContent) })),
		);
		expect(bases).toContainEqual({ base: '朱德', rt: ['Zhū', 'Dé'] });
		await page.locator('a.pinyin-toggle').click();
		await expect(page).toHaveURL(new RegExp(`${parallel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
		await page.goto(viewUrl(article.slug, 'zh'));
		await expect(page.locator('a.pinyin-toggle')).toHaveText('显示拼音');
		await page.goto(viewUrl(article.slug, 'en'));
		await expect(page.locator('a.pinyin-toggle')).toHaveCount(0);
	});

	test('every Chinese character has its reading with tones, and the text is unchanged', async ({ page }) => {
		for (const view of ['parallel', 'zh'] as const) {
			await page.goto(`${viewUrl(article.slug, view)}pinyin/`);
			for (const [i, text] of article.zh.paragraphs.entries()) {
				const column = page.locator(`#p${i + 1} .text[lang="zh-Hans"]`);
				const shown = await column.evaluate((el) => {
					const copy = el.cloneNode(true) as HTMLElement;
					copy.querySelectorAll('rt').forEach((rt) => rt.remove());
					return { text: copy.textContent, readings: [...el.querySelectorAll('rt')].map((rt) => rt.textContent) };
				});
				expect(shown.text).toBe(text);
				expect(shown.readings).toHaveLength([...text].filter((c) => /\p{Script=Han}/u.test(c)).length);
				for (const reading of shown.readings) expect(reading).toMatch(/^\p{L}+$/u);
				expect(shown.readings.some((r) => toned.test(r!))).toBe(true);
			}
		}
	});
});

test('the choice is remembered: a plain page opens with pinyin once it is on, and not after it is off', { tag: '@base' }, async ({ page }) => {
	await page.goto(parallel);
	await page.locator('a.pinyin-toggle').click();
	await expect(page).toHaveURL(/\/pinyin\/$/);
	await page.goto(`${parallel}#p3`);
	await expect(page).toHaveURL(/\/pinyin\/#p3$/);
	await expect(page.locator('#p3 ruby').first()).toBeVisible();
	await page.locator('a.pinyin-toggle').click();
	await expect(page).not.toHaveURL(/pinyin/);
	await page.goto(`${parallel}#p4`);
	await page.waitForLoadState('networkidle');
	await expect(page).not.toHaveURL(/pinyin/);
	await expect(page.locator('ruby')).toHaveCount(0);
});

test.describe('copying', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	for (const shown of [false, true]) {
		test(`the Chinese of a paragraph copies without pinyin, aid ${shown ? 'shown' : 'hidden'}`, async ({ page }) => {
			await page.goto(shown ? `${parallel}pinyin/` : parallel);
			const text = page.locator(`#p${zhuDe} .text[lang="zh-Hans"] p`);
			await text.evaluate((p) => getSelection()!.selectAllChildren(p));
			await page.keyboard.press('Control+C');
			const copied = await page.evaluate(() => navigator.clipboard.readText());
			expect(copied.trim()).toBe(article.zh.paragraphs[zhuDe - 1]);
			expect(copied).not.toMatch(toned);
		});
	}
});
