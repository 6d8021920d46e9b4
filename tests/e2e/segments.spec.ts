import type { Page } from '@playwright/test';
import { expect, test } from './support/test.ts';
import { publishedAnchors, sourceArticles, viewUrl } from '../support/sources.ts';

// Sentence segments (#pN-sM): on every view each language's segments, joined, are the paragraph's
// source text; every published segment anchor resolves; hovering or arriving marks both languages.
const article = sourceArticles()[0]!;
const views = {
	parallel: viewUrl(article.slug, 'parallel'),
	zh: viewUrl(article.slug, 'zh'),
	en: viewUrl(article.slug, 'en'),
	'parallel pinyin': `${viewUrl(article.slug, 'parallel')}pinyin/`,
	'zh pinyin': `${viewUrl(article.slug, 'zh')}pinyin/`,
};
const segmentIds = Object.keys(publishedAnchors()[article.slug]!).filter((id) => /^p\d+-s\d+$/.test(id));

/** Each row's segments in one language: their ids and texts (ruby pinyin left out). */
function segmentsOf(page: Page, lang: 'zh-Hans' | 'en') {
	return page.locator('.paragraph').evaluateAll(
		(rows, lang) =>
			rows.map((row) =>
				[...row.querySelectorAll(`.text [data-seg][lang="${lang}"]`)].map((seg) => {
					const copy = seg.cloneNode(true) as Element;
					copy.querySelectorAll('rt').forEach((rt) => rt.remove());
					return { seg: seg.getAttribute('data-seg')!, id: seg.id, text: copy.textContent! };
				}),
			),
		lang,
	);
}

test('the manifest publishes a segment anchor for every sentence pair', () => {
	expect(segmentIds.length).toBeGreaterThanOrEqual(article.zh.paragraphs.length);
});

test('in every view, each language’s segments joined are the text, and every segment anchor resolves', async ({ page }) => {
	for (const [name, url] of Object.entries(views)) {
		await page.goto(url);
		const languages = name.startsWith('zh') ? (['zh-Hans'] as const) : name === 'en' ? (['en'] as const) : (['zh-Hans', 'en'] as const);
		for (const lang of languages) {
			const rows = await segmentsOf(page, lang);
			const source = article[lang === 'en' ? 'en' : 'zh'].paragraphs;
			expect(rows.map((segments) => segments.map((s) => s.text).join('')), `${name} view, ${lang}`).toEqual(source);
			// Segment m of row n is pN-sM, numbered from 1 without gaps.
			rows.forEach((segments, i) => expect(segments.map((s) => s.seg), `${name} view`).toEqual(segments.map((_, m) => `p${i + 1}-s${m + 1}`)));
		}
		// Every published segment anchor is an element of its own paragraph's row, once.
		const found = await page.evaluate((ids) => ids.filter((id) => !(document.querySelectorAll(`[id="${id}"]`).length === 1 && document.getElementById(id)!.closest('.paragraph')!.id === id.split('-')[0])), segmentIds);
		expect(found, `${name} view: anchors that do not resolve`).toEqual([]);
	}
});

/** Whether a segment is drawn as marked: an outline, not colour alone. */
const marked = (page: Page, seg: string, lang: string) =>
	page.locator(`[data-seg="${seg}"][lang="${lang}"]`).evaluate((el) => getComputedStyle(el).outlineStyle !== 'none');

test('arriving at #pN-sM scrolls to the segment and marks it in both languages, without JavaScript too', async ({ browser }, testInfo) => {
	for (const javaScriptEnabled of [true, false]) {
		const page = await browser.newPage({ javaScriptEnabled, baseURL: testInfo.project.use.baseURL });
		await page.goto(`${views.parallel}#p3-s4`);
		await expect(page.locator('#p3-s4')).toBeInViewport();
		expect(await marked(page, 'p3-s4', 'zh-Hans')).toBe(true);
		expect(await marked(page, 'p3-s4', 'en')).toBe(true);
		expect(await marked(page, 'p3-s5', 'en')).toBe(false);
		await page.close();
	}
});

test('hovering a segment marks its counterpart, at desktop and phone widths, light and dark', async ({ page }, testInfo) => {
	for (const width of [1280, 390]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
			await page.emulateMedia({ colorScheme });
			await page.goto(views.parallel);
			expect(await marked(page, 'p3-s2', 'en')).toBe(false);
			await page.locator('[data-seg="p3-s2"][lang="zh-Hans"]').hover();
			expect(await marked(page, 'p3-s2', 'en')).toBe(true);
			expect(await marked(page, 'p3-s1', 'en')).toBe(false);
			await page.screenshot({ path: testInfo.outputPath(`segment-pairing-${width}-${colorScheme}.png`) });
		}
	}
});

test('segments.json, segments.tsv, segments.tmx and the TEI hold each segment exactly as the page shows it', async ({ page, request }) => {
	await page.goto(views.parallel);
	const shown = (await segmentsOf(page, 'zh-Hans')).flat().map((zh, i) => ({ id: zh.seg, zh: zh.text, en: '', i }));
	const english = (await segmentsOf(page, 'en')).flat();
	shown.forEach((s, i) => (s.en = english[i]!.text));
	const expected = shown.map(({ id, zh, en }) => ({ id, zh, en }));
	expect(expected.length).toBe(segmentIds.length);

	const base = `${views.parallel}`;
	const json = (await (await request.get(`${base}segments.json`)).json()) as { id: string; zh: string; en: string }[];
	expect(json.map(({ id, zh, en }) => ({ id, zh, en }))).toEqual(expected);

	const tsv = (await (await request.get(`${base}segments.tsv`)).text()).split('\n').filter(Boolean).map((line) => line.split('\t'));
	expect(tsv[0]).toEqual(['id', 'paragraph', 'segment', 'zh', 'en', 'en_corrected']);
	expect(tsv.slice(1).map(([id, , , zh, en]) => ({ id, zh, en }))).toEqual(expected);

	// The TMX parsed as XML by the browser: one <tu> per segment, a <tuv> per language.
	const tmx = await (await request.get(`${base}segments.tmx`)).text();
	const units = await page.evaluate((xml) => {
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		const header = doc.querySelector('header')!;
		return {
			header: ['srclang', 'segtype', 'datatype'].map((a) => header.getAttribute(a)),
			units: [...doc.querySelectorAll('tu')].map((tu) => ({
				id: tu.getAttribute('tuid'),
				zh: tu.querySelector('tuv[*|lang="zh-Hans"] seg')?.textContent,
				en: tu.querySelector('tuv[*|lang="en"] seg')?.textContent,
			})),
		};
	}, tmx);
	expect(units.header).toEqual(['zh-Hans', 'sentence', 'plaintext']);
	expect(units.units).toEqual(expected);

	// The TEI: each sentence an <s> whose xml:id ends in the segment's anchor, paired by corresp.
	const tei = await (await request.get(`${base}tei.xml`)).text();
	const sentences = await page.evaluate((xml) => {
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		const all = [...doc.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 's')];
		const byId = new Map(all.map((s) => [s.getAttribute('xml:id'), s]));
		// The received text: the editors' readings (corr, beside the received words in sic) left out.
		const received = (s: Element | undefined) => {
			const copy = s?.cloneNode(true) as Element | undefined;
			for (const corr of [...(copy?.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'corr') ?? [])]) corr.remove();
			return copy?.textContent;
		};
		return all
			.filter((s) => s.getAttribute('xml:id')!.startsWith('zh-'))
			.map((s) => ({ id: s.getAttribute('xml:id')!.slice(3), zh: s.textContent, en: received(byId.get(s.getAttribute('corresp')!.slice(1))) }));
	}, tei);
	expect(sentences).toEqual(expected);
});
