import { expect, test } from './support/test.ts';
import { publishedUrl, sourceArticles, viewUrl } from '../support/sources.ts';

const article = sourceArticles()[0]!;
const parallel = viewUrl(article.slug, 'parallel');

test.describe('the Cite control', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('opens the paragraph’s citations in place, copies one and says so', async ({ page, baseURL }) => {
		await page.goto(parallel);
		const details = page.locator('#p3 details.cite');
		await details.locator(':scope > summary').click();
		const panel = details.locator('.cite-panel');
		await expect(panel).toBeVisible();
		await expect(details.locator(':scope > summary')).toHaveAccessibleName('Cite paragraph 3');
		// The first citation of each version is Chicago's note.
		await expect(panel.locator('dl:not(.segment-links) dt').first()).toHaveText(/^Chicago .*: Note$/);
		const chicago = panel.locator('dl:not(.segment-links) dd').first();
		// The citation's text, without the Copy button the script adds.
		const text = await chicago.evaluate((dd) => [...dd.childNodes].filter((n) => n.nodeName !== 'BUTTON').map((n) => n.textContent).join(''));
		const url = publishedUrl(`${parallel}#p3`, baseURL!);
		expect(text).toContain('para. 3');
		expect(text).toContain(url);
		await chicago.locator('.copy-button').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
		await expect(page.locator('.copy-status')).toContainText('Copied');
		await page.keyboard.press('Escape');
		await expect(panel).toBeHidden();
		await expect(details.locator(':scope > summary')).toBeFocused();
	});

	test('lays each citation out as one paragraph whose lines wrap under each other, at desktop and phone widths', async ({ page }, testInfo) => {
		for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]] as const) {
			await page.setViewportSize(viewport);
			await page.goto(parallel);
			await page.locator('#p3 details.cite > summary').click();
			const panel = page.locator('#p3 .cite-panel');
			await expect(panel.locator('dl:not(.segment-links) .copy-button').first()).toBeVisible();
			await panel.screenshot({ path: testInfo.outputPath(`cite-panel-${name}.png`) });
			// The line boxes of each citation's text (everything in its <dd> but the Copy button).
			const citations = await panel.locator('dl:not(.segment-links) dd').evaluateAll((dds) =>
				dds.map((dd) => {
					const range = document.createRange();
					const parts = [...dd.childNodes].filter((n) => n.nodeName !== 'BUTTON');
					range.setStartBefore(parts[0]!);
					range.setEndAfter(parts.at(-1)!);
					// Boxes on one line share their middle (within a few pixels: CJK and Latin fonts differ).
					const lines: { middle: number; left: number; right: number }[] = [];
					for (const r of range.getClientRects()) {
						if (r.width === 0) continue;
						const middle = (r.top + r.bottom) / 2;
						const line = lines.find((l) => Math.abs(l.middle - middle) < 6);
						if (line) Object.assign(line, { left: Math.min(line.left, r.left), right: Math.max(line.right, r.right) });
						else lines.push({ middle, left: r.left, right: r.right });
					}
					return { width: dd.getBoundingClientRect().width, lines };
				}),
			);
			expect(citations.length).toBeGreaterThan(0);
			for (const { width, lines } of citations) {
				// Every line starts where the first does: no column of its own for the Chinese title.
				for (const line of lines) expect(Math.abs(line.left - lines[0]!.left)).toBeLessThanOrEqual(1);
				// A citation that wraps uses the panel's width, not a narrow column of it.
				if (lines.length > 1) expect(Math.max(...lines.map((l) => l.right - l.left))).toBeGreaterThan(width * 0.6);
			}
			expect(citations.some((c) => c.lines.length > 1), `${name}: some citation wraps`).toBe(true);
		}
	});

	test('a paragraph’s panel links each of its sentences, and copies a sentence’s stable URL', async ({ page }) => {
		for (const view of ['parallel', 'en'] as const) {
			await page.goto(viewUrl(article.slug, view));
			// Nothing of it in the page (no tab stops, no bytes) until a panel is opened.
			await expect(page.locator('.segment-links')).toHaveCount(0);
			const details = page.locator('#p3 details.cite');
			await details.locator(':scope > summary').click();
			// The anchored element of each segment: the Chinese on the parallel view, the English on the English one.
			const segments = await page.locator('#p3 [data-seg][id]').evaluateAll((els) => els.map((e) => ({ id: e.id, lang: e.getAttribute('lang'), text: e.textContent! })));
			expect(segments.length).toBeGreaterThan(1);
			expect(segments.every((s) => s.lang === (view === 'en' ? 'en' : 'zh-Hans'))).toBe(true);
			// Folded at the top of the panel, its summary saying how many.
			const fold = details.locator('.cite-panel > details.segment-links-fold:first-child');
			await expect(fold.locator('summary')).toHaveText(`Links to its sentences (${segments.length})`);
			await fold.locator('summary').click();
			const list = fold.locator('.segment-links');
			await expect(list.locator('dt a')).toHaveCount(segments.length);
			expect(await list.locator('dt a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(segments.map((s) => `#${s.id}`));
			// Each is named by its opening words, in its language.
			const openings = await list.locator('dd .citation-text').evaluateAll((ps) => ps.map((p) => ({ lang: p.getAttribute('lang'), text: p.textContent! })));
			openings.forEach((opening, i) => {
				expect(opening.lang).toBe(segments[i]!.lang);
				expect(segments[i]!.text.trim().startsWith(opening.text.replace(/…$/, ''))).toBe(true);
			});
			await list.locator('dd').nth(1).getByRole('button', { name: `Copy link #${segments[1]!.id}` }).click();
			const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${canonical}#${segments[1]!.id}`);
			await expect(page.locator('.copy-status')).toContainText(`Copied: #${segments[1]!.id}`);
			// Following a link goes to the sentence.
			await list.locator('dt a').nth(2).click();
			await expect(page).toHaveURL(new RegExp(`#${segments[2]!.id}$`));
		}
	});

	test('works with the keyboard alone', async ({ page }) => {
		await page.goto(`${parallel}#p2`);
		await page.locator('#p2 .paragraph-number').focus();
		await page.keyboard.press('Tab');
		const summary = page.locator('#p2 details.cite > summary');
		await expect(summary).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('#p2 .cite-panel')).toBeVisible();
		// Tab reaches a Copy button (once their code, loaded on opening, has added them), Enter copies.
		await expect(page.locator('#p2 dl:not(.segment-links) .copy-button').first()).toBeAttached();
		for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.classList.contains('copy-button'))); i++) await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page.locator('.copy-status')).toContainText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('#p2');
	});

	test('the header’s link opens the citation page, which cites the whole article; each view cites the versions it shows', async ({ page }) => {
		await page.goto(parallel);
		await page.locator('.article-tools a', { hasText: 'Cite · download' }).click();
		await expect(page).toHaveURL(/\/cite\/$/);
		const whole = page.locator('#cite-article');
		await expect(whole.locator('.citation-text[lang="zh-Hans"]').first()).toContainText('[N/OL]. 人民日报, 1955-01-09(1)');
		expect(await whole.locator('dd').count()).toBe(14);
		await page.goto(viewUrl(article.slug, 'zh'));
		const zh = page.locator('#p1 details.cite');
		expect(await zh.locator('dl:not(.segment-links) dd').count()).toBe(3);
		await zh.locator(':scope > summary').click();
		await expect(zh.locator('.cite-version')).toHaveText(['中文原文']);
		await expect(zh.locator('dl:not(.segment-links) .copy-button').first()).toHaveAccessibleName(/^复制 /);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every citation of every paragraph is in the reading page as text', async ({ page }) => {
		await page.goto(parallel);
		for (const row of await page.locator('.paragraph').all()) {
			const id = (await row.getAttribute('id'))!;
			const details = row.locator('details.cite');
			await details.locator(':scope > summary').click();
			const texts = await details.locator('dl:not(.segment-links) dd').allTextContents();
			// Each version's forms that carry the paragraph (a note, two in-text forms); the entries of a
			// bibliography or reference list cite the article, on its citation page.
			expect(texts).toHaveLength(6);
			for (const text of texts.filter((t) => t.includes('http'))) expect(text).toContain(`#${id}`);
			for (const style of ['Chicago', 'MLA', 'APA']) await expect(details.locator('dt', { hasText: style }).first()).toBeVisible();
			await expect(details.locator('dt', { hasText: /Bibliography|Works cited|Reference|GB\/T/ })).toHaveCount(0);
			await expect(details.locator('dl:not(.segment-links) .copy-button')).toHaveCount(0);
			// Closed again, so the open panel does not cover the next row's control.
			await details.locator(':scope > summary').click();
		}
	});

	test('the citation page lists them too, with the downloads', async ({ page }) => {
		await page.goto(parallel);
		await page.locator('.article-tools a', { hasText: 'Cite · download' }).click();
		await expect(page).toHaveURL(/\/cite\/$/);
		const section = page.locator('#cite-p4');
		// A paragraph's forms are those that carry its number (the entries cite the whole article, above).
		expect((await section.locator('.citation-text').allTextContents()).length).toBe(6);
		await expect(page.locator('#downloads a')).not.toHaveCount(0);
	});
});

// (The Highwire and Dublin Core tags and the COinS are pinned by the Zotero tests below.)
test('the head carries canonical, cite-as, alternates, OpenGraph and JSON-LD', { tag: '@base' }, async ({ page, baseURL }) => {
	await page.goto(viewUrl(article.slug, 'zh'));
	const abs = (view: 'parallel' | 'zh' | 'en') => publishedUrl(viewUrl(article.slug, view), baseURL!);
	const href = (selector: string) => page.locator(selector).getAttribute('href');
	expect(await href('link[rel="canonical"]')).toBe(abs('zh'));
	expect(await href('link[rel="cite-as"]')).toBe(abs('parallel'));
	expect(await href('link[rel="alternate"][hreflang="en"]')).toBe(abs('en'));
	expect(await href('link[rel="alternate"][hreflang="zh-Hans"]')).toBe(abs('zh'));
	expect(await href('link[rel="alternate"][hreflang="x-default"]')).toBe(abs('parallel'));
	expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(article.zh.title);
	const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)['@graph'];
	const [original, translation, crumbs] = graph;
	expect(original).toMatchObject({ '@type': 'NewsArticle', headline: article.zh.title, inLanguage: 'zh-Hans', datePublished: '1955-01-09', workTranslation: { '@id': translation['@id'] } });
	expect(translation).toMatchObject({ '@type': 'NewsArticle', headline: article.en.title, inLanguage: 'en', translationOfWork: { '@id': original['@id'] } });
	expect(crumbs['@type']).toBe('BreadcrumbList');
});

// What Zotero saves, by either path, is a newspaper article in the view's language: its Embedded
// Metadata translator reads the meta tags (DC.type, prism.publicationName; no citation_journal_title,
// which would force a journal article), its COinS translator the span in the Dublin Core KEV format.
// Each view's tags and span are pinned exactly.
for (const view of ['parallel', 'zh', 'en'] as const) {
	test(`the ${view} view describes a newspaper article to Zotero, in its tags and its COinS`, { tag: view === 'parallel' ? '@base' : [] }, async ({ page, baseURL }) => {
		await page.goto(viewUrl(article.slug, view));
		const translation = view === 'en';
		const title = translation ? article.en.title : article.zh.title;
		const newspaper = translation ? "People's Daily" : '人民日报';
		const cited = publishedUrl(viewUrl(article.slug, 'parallel'), baseURL!);
		const tags = await page.locator('meta[name^="citation_"], meta[name^="DC."], meta[name^="prism."]').evaluateAll((metas) => metas.map((m) => [m.getAttribute('name'), m.getAttribute('content')]));
		expect(Object.fromEntries(tags)).toEqual({
			citation_title: title,
			citation_publication_date: '1955/01/09',
			citation_firstpage: '1',
			citation_language: translation ? 'en' : 'zh',
			citation_public_url: cited,
			'DC.type': 'newspaperArticle',
			'DC.title': title,
			'DC.date': '1955-01-09',
			'DC.language': translation ? 'en' : 'zh-Hans',
			'DC.source': translation ? "People's Daily, 9 January 1955, page 1" : '人民日报, 1955年1月9日, 第1版',
			'prism.publicationName': newspaper,
			...(translation ? { 'DC.relation': `Translation of: ${article.zh.title}` } : {}),
		});
		// Each name once: a harvester reading the first of two could read the wrong one.
		expect(new Set(tags.map(([name]) => name)).size).toBe(tags.length);
		const coins = [...new URLSearchParams((await page.locator('span.Z3988').getAttribute('title'))!)];
		expect(new Set(coins.map(([key]) => key)).size).toBe(coins.length);
		expect(Object.fromEntries(coins)).toEqual({
			ctx_ver: 'Z39.88-2004',
			rft_val_fmt: 'info:ofi/fmt:kev:mtx:dc',
			'rft.type': 'newspaperArticle',
			'rft.title': title,
			'rft.source': newspaper,
			'rft.date': '1955-01-09',
			'rft.spage': '1',
			'rft.language': translation ? 'en' : 'zh',
			'rft.identifier': cited,
		});
	});
}

test.describe('downloads', () => {
	test('each exists, parses, and carries the page text character for character', async ({ page, request }) => {
		await page.goto(parallel);
		const zh = await page.locator('.paragraph .text[lang="zh-Hans"]').allTextContents();
		const en = await page.locator('.paragraph .text[lang="en"]').allTextContents();
		// The English as the editors corrected it, as the reading choice shows it: where it differs, the downloads add it.
		await page.evaluate(() => localStorage.setItem('edition:reading', 'corrected'));
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-corrected', '');
		const corrected = (await page.locator('.paragraph .text[lang="en"]').allTextContents()).map((text, i) => (text === en[i] ? undefined : text));
		expect(corrected.filter(Boolean).length).toBeGreaterThan(0);
		await page.goto(`${parallel}cite/`);
		const links = page.locator('.downloads a');
		await expect(links).toHaveCount(14);
		const get = async (name: string) => {
			const link = links.filter({ hasText: name });
			const response = await request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
			expect(response.status(), name).toBe(200);
			return response.text();
		};
		expect(await get('Chinese text')).toBe(zh.join('\n\n') + '\n');
		expect(await get('English text')).toBe(en.join('\n\n') + '\n');
		const aligned = JSON.parse(await get('Aligned text (JSON)'));
		expect(aligned).toEqual(zh.map((text, i) => ({ n: i + 1, id: `p${i + 1}`, zh: text, en: en[i], ...(corrected[i] ? { enCorrected: corrected[i] } : {}) })));
		const tsv = (await get('Aligned text (TSV)')).trimEnd().split('\n').map((line) => line.split('\t'));
		expect(tsv).toEqual([['n', 'id', 'zh', 'en', 'en_corrected'], ...zh.map((text, i) => [String(i + 1), `p${i + 1}`, text, en[i], corrected[i] ?? ''])]);
		const corrections = JSON.parse(await get('Corrections of the translation'));
		for (const c of corrections) expect(en[c.paragraph - 1]!.slice(c.start, c.end)).toBe(c.received);
		const notes = JSON.parse(await get('Editorial notes'));
		for (const note of notes) {
			expect(note.id).toMatch(/^p\d+-n\d+$/);
			if (note.phrase) expect(note.lang === 'en' ? en[note.paragraph - 1] : zh[note.paragraph - 1]).toContain(note.phrase);
		}
		const csl = JSON.parse(await get('CSL-JSON'));
		expect(csl.map((item: { type: string; language: string }) => [item.type, item.language])).toEqual([['article-newspaper', 'zh-CN'], ['article-newspaper', 'en']]);
		expect(await get('BibTeX')).toMatch(/^@article\{1955-01-09-national-handicraft-work-conference-zh,\n {2}title = \{全国手工业工作会议确定今年生产任务\}/);
		expect(await get('RIS')).toMatch(/^TY {2}- NEWS\r\nTI {2}- 全国手工业工作会议确定今年生产任务\r\n/);
		// TEI: well-formed XML whose paragraphs, by xml:id and n, hold the page text.
		const tei = await get('TEI');
		const parsed = await page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
			const ps = (type: string) =>
				[...doc.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'div')].find((d) => d.getAttribute('type') === type)!.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'p');
			// The received reading (sic, corr left out) and the corrected one (corr in place of sic).
			const without = (p: Element, name: string) => {
				const copy = p.cloneNode(true) as Element;
				for (const el of [...copy.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', name)]) el.remove();
				return copy.textContent;
			};
			const read = (type: string) => [...ps(type)].map((p) => ({ id: p.getAttribute('xml:id'), n: p.getAttribute('n'), corresp: p.getAttribute('corresp'), text: without(p, 'corr'), corrected: without(p, 'sic') }));
			return { zh: read('original'), en: read('translation'), links: [...doc.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'linkGrp')].find((g) => g.getAttribute('type') === 'alignment')!.getElementsByTagNameNS('http://www.tei-c.org/ns/1.0', 'link').length };
		}, tei);
		expect(parsed).toEqual({
			zh: zh.map((text, i) => ({ id: `zh-p${i + 1}`, n: String(i + 1), corresp: `#en-p${i + 1}`, text, corrected: text })),
			en: en.map((text, i) => ({ id: `en-p${i + 1}`, n: String(i + 1), corresp: `#zh-p${i + 1}`, text, corrected: corrected[i] ?? text })),
			links: zh.length,
		});
	});

	test('the TEI carries the edition’s scholarship: notes at their phrases, the glossary, every marked name, the licence', async ({ page, request }) => {
		await page.goto(parallel);
		// What the page marks, per paragraph and language: glossary occurrences (by entry) and notes.
		const marked = await page.locator('.paragraph').evaluateAll((rows) =>
			rows.flatMap((row) =>
				['zh-Hans', 'en'].map((lang) =>
					[...row.querySelectorAll(`.text[lang="${lang}"] :is(a[href*="glossary/#"], .term)`)].map((el) => el.getAttribute('data-term') ?? el.getAttribute('href')!.split('#')[1]),
				),
			),
		);
		const notes = (await (await request.get(`${parallel}notes.json`)).json()) as { id: string; paragraph: number; phrase?: string; lang: string; text: string }[];
		const tei = await (await request.get(`${parallel}tei.xml`)).text();
		const found = await page.evaluate((xml) => {
			const TEI = 'http://www.tei-c.org/ns/1.0';
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			const all = (name: string, root: Element | Document = doc) => [...root.getElementsByTagNameNS(TEI, name)];
			const byId = (id: string) => all('*').find((el) => el.getAttribute('xml:id') === id);
			const standOff = all('standOff')[0]!;
			const entries = [...all('person', standOff), ...all('org', standOff), ...all('item', standOff)].map((el) => el.getAttribute('xml:id')!);
			const names = (type: string) =>
				all('p', all('div').find((d) => d.getAttribute('type') === type)!).map((p) =>
					[...p.querySelectorAll('*')].filter((el) => ['persName', 'orgName', 'term'].includes(el.localName)).map((el) => el.getAttribute('ref')!.replace(/^#gloss-/, '')),
				);
			const zh = names('original');
			const en = names('translation');
			const noteEls = all('note', standOff).filter((n) => n.getAttribute('type') === 'editorial');
			return {
				entries,
				entriesResolve: entries.every((id) => byId(id)),
				names: zh.flatMap((z, i) => [z, en[i]!]),
				notes: noteEls.map((n) => ({ id: n.getAttribute('xml:id'), target: n.getAttribute('target')!.split(' ').map((t) => byId(t.slice(1))?.textContent), basis: !!n.querySelector('note[type="basis"]')?.textContent })),
				licence: all('licence')[0]?.getAttribute('target'),
				publisher: all('publisher')[0]?.textContent,
			};
		}, tei);
		// Every occurrence the page marks, in both languages, is a name with a ref to its entry, in order.
		expect(found.names).toEqual(marked);
		// The glossary entries the article names, each once, and every ref resolves to one.
		const named = [...new Set(marked.flat())];
		expect(found.entries.sort()).toEqual(named.map((id) => `gloss-${id}`).sort());
		expect(found.entriesResolve).toBe(true);
		// Every note, with its basis, pointing at its phrase (or its paragraph in both languages).
		expect(found.notes.map((n) => n.id)).toEqual(notes.map((n) => n.id));
		notes.forEach((note, i) => {
			expect(found.notes[i]!.basis).toBe(true);
			if (note.phrase) expect(found.notes[i]!.target).toEqual([note.phrase]);
			else expect(found.notes[i]!.target.every(Boolean)).toBe(true);
		});
		expect(found.licence).toBe('https://creativecommons.org/licenses/by/4.0/');
		expect(found.publisher).toBe("People's Daily, 1955: a parallel-text edition");
	});
});
