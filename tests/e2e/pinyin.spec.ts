import { expect, test } from './support/test.ts';
import { sourceArticles, viewUrl } from '../support/sources.ts';

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
			rubies.map((ruby) => ({ base: [...ruby.children].filter((n) => n.localName !== 'rt').map((n) => n.textContent).join(''), rt: [...ruby.querySelectorAll('rt')].map((rt) => rt.textContent) })),
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

// Set like a graded reader: every character the same advance, its syllable centred over it, the
// syllables of a word together, a gap between words, even lines, the Chinese at the plain page's size.
test('the pinyin page spaces the characters evenly, each syllable centred over its character, words apart', async ({ page }, testInfo) => {
	// The geometry is measured in light; the dark scheme changes colours only, and is looked at in its screenshot.
	await page.goto(viewUrl(article.slug, 'zh'));
	const plainSize = await page.locator('#p1 .text p').evaluate((p) => getComputedStyle(p).fontSize);
	for (const width of [1280, 390]) {
		{
			const colorScheme = 'light';
			await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
			await page.emulateMedia({ colorScheme });
			await page.goto(`${viewUrl(article.slug, 'zh')}pinyin/`);
			const geometry = await page.locator('#p1 .text').evaluate((text) => {
				// Each character's box and index in the text (the pinyin left out), and its syllable's box.
				const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement!.closest('rt') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
				const chars: { at: number; box: DOMRect; rt: DOMRect; word: Element }[] = [];
				let at = 0;
				while (walker.nextNode()) {
					const node = walker.currentNode as Text;
					const span = node.parentElement!;
					if (span.matches('ruby > span')) chars.push({ at, box: span.getBoundingClientRect(), rt: span.nextElementSibling!.getBoundingClientRect(), word: span.parentElement! });
					at += [...node.data].length;
				}
				const steps: number[] = [];
				const offCentre: number[] = [];
				const betweenWords: number[] = [];
				for (let i = 0; i < chars.length; i++) {
					const [a, b] = [chars[i - 1], chars[i]!];
					offCentre.push(Math.abs(b.box.left + b.box.width / 2 - (b.rt.left + b.rt.width / 2)));
					if (!a || Math.round(a.box.top) !== Math.round(b.box.top) || b.at !== a.at + 1) continue;
					steps.push(b.box.left - a.box.left);
					if (a.word !== b.word) betweenWords.push(b.rt.left - a.rt.right);
				}
				const tops = [...new Set(chars.map((c) => Math.round(c.box.top)))];
				return {
					steps,
					offCentre: Math.max(...offCentre),
					betweenWords,
					pitches: tops.slice(1).map((t, i) => t - tops[i]!),
					size: getComputedStyle(text.querySelector('ruby > span')!).fontSize,
				};
			});
			const mean = geometry.steps.reduce((a, b) => a + b, 0) / geometry.steps.length;
			const cv = Math.sqrt(geometry.steps.reduce((a, b) => a + (b - mean) ** 2, 0) / geometry.steps.length) / mean;
			expect(geometry.steps.length, `${width}`).toBeGreaterThan(50);
			expect(cv, `${width} ${colorScheme}: coefficient of variation of the advance`).toBeLessThanOrEqual(0.06);
			expect(geometry.offCentre, 'each syllable centred over its character').toBeLessThan(1);
			// A visible space between the pinyin of two words: no syllable reaches over the next word's.
			expect(Math.min(...geometry.betweenWords), 'space between words in the pinyin line').toBeGreaterThanOrEqual(2);
			// Even lines, and the Chinese at the size of the plain page.
			expect(Math.max(...geometry.pitches) - Math.min(...geometry.pitches), 'line pitch').toBeLessThanOrEqual(1);
			expect(geometry.size).toBe(plainSize);
			await page.locator('#p1').screenshot({ path: testInfo.outputPath(`pinyin-spacing-${width}-light.png`) });
			await page.emulateMedia({ colorScheme: 'dark' });
			await page.locator('#p1').screenshot({ path: testInfo.outputPath(`pinyin-spacing-${width}-dark.png`) });
		}
	}
});
