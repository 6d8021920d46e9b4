import { describe, expect, it } from 'vitest';
import { citationsOf } from '../../src/lib/citation/citations.ts';
import { toBibTeX, toRIS } from '../../src/lib/citation/formats.ts';
import { articleRecords, romanise } from '../../src/lib/citation/record.ts';
import { handicraftArticle } from './fixtures-article.ts';

const URL = 'https://example.org/articles/1955-01-09-national-handicraft-work-conference/';
const ZH = '全国手工业工作会议确定今年生产任务';
const EN = 'National Handicraft Work Conference Defines This Year’s Production Tasks';

describe('the CSL record, from front matter', () => {
	const { original, translation } = articleRecords(handicraftArticle, URL);

	it('describes the original as a newspaper article with no author', () => {
		expect(original).toEqual({
			id: '1955-01-09-national-handicraft-work-conference-zh',
			type: 'article-newspaper',
			title: ZH,
			'container-title': '人民日报',
			issued: { 'date-parts': [[1955, 1, 9]] },
			page: '1',
			language: 'zh-CN',
			URL,
		});
		expect(original).not.toHaveProperty('author');
		expect(original).not.toHaveProperty('section');
	});

	it('describes the translation, its original, and its unknown translator', () => {
		expect(translation).toMatchObject({
			type: 'article-newspaper',
			title: "National Handicraft Work Conference Defines This Year's Production Tasks",
			'container-title': "People's Daily",
			language: 'en',
			'original-title': ZH,
			note: 'Translator unknown. The source file names no translator.',
		});
		expect(translation).not.toHaveProperty('translator');
	});

	it('romanises the newspaper word by word', () => {
		expect(romanise('人民日报')).toBe('Renmin ribao');
	});
});

// Expected strings written from the style guides' own rules and newspaper examples:
// CMOS 17 14.191 (note), 14.206–207 (unsigned articles: note begins with the title; in the
// bibliography the newspaper stands first, a period after the title), 14.157 (para.), 11.98/14.97
// (original title, translation in brackets); MLA 9 5.x newspaper in works cited ("Title." Paper,
// Day Mon. Year, p. N, URL), in-text title and "par."; APA 7 10.2 example 18 (no author: title first)
// and 8.28 (para.); GB/T 7714-2015 8.x example 丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).
describe('citations of the whole article', () => {
	const [original, translation] = citationsOf(handicraftArticle, URL, '2026-11-26');
	const text = (set: typeof original, style: string, form: string) => set!.citations.find((c) => c.style === style && c.form === form)!.text;
	const titled = `${ZH} [${EN}]`;
	const paper = 'Renmin ribao [People’s Daily]';

	it('Chicago notes and bibliography', () => {
		expect(text(original, 'chicago', 'Note')).toBe(`“${titled},” ${paper}, January 9, 1955, ${URL}.`);
		expect(text(original, 'chicago', 'Bibliography')).toBe(`${paper}. “${titled}.” January 9, 1955. ${URL}.`);
	});

	it('MLA 9', () => {
		expect(text(original, 'mla', 'Works cited')).toBe(`“${titled}.” ${paper}, 9 Jan. 1955, p. 1, ${URL}.`);
		expect(text(original, 'mla', 'In text')).toBe(`(“${titled}”)`);
	});

	it('APA 7', () => {
		expect(text(original, 'apa', 'Reference')).toBe(`${titled}. (1955, January 9). ${paper}, 1. ${URL}`);
		expect(text(original, 'apa', 'In text')).toBe(`(“${titled},” 1955)`);
	});

	it('GB/T 7714-2015, in Chinese', () => {
		const gbt = original!.citations.find((c) => c.style === 'gbt')!;
		expect(gbt.lang).toBe('zh-Hans');
		expect(gbt.text).toBe(`${ZH}[N/OL]. 人民日报, 1955-01-09(1)[2026-11-26]. ${URL}.`);
	});

	it('the translation names its original and its unknown translator', () => {
		const note = `English translation of “${ZH},” 人民日报 (People's Daily), 9 January 1955; translator unknown.`;
		expect(text(translation, 'chicago', 'Note')).toBe(`“${EN},” People’s Daily, January 9, 1955, ${URL}. ${note}`);
		expect(text(translation, 'mla', 'Works cited')).toBe(`“${EN}.” People’s Daily, 9 Jan. 1955, p. 1, ${URL}. ${note}`);
		expect(translation!.citations.find((c) => c.style === 'gbt')!.text).toBe(`${EN}[N/OL]. People’s Daily, 1955-01-09(1)[2026-11-26]. ${URL}.`);
	});
});

describe('citations of paragraph 3', () => {
	const [original] = citationsOf(handicraftArticle, `${URL}#p3`, '2026-11-26', 3);
	const text = (style: string, form: string) => original!.citations.find((c) => c.style === style && c.form === form)!.text;
	const titled = `${ZH} [${EN}]`;

	it('carries the locator in every style that has one, and the #p3 URL where the style gives a URL', () => {
		expect(text('chicago', 'Note')).toBe(`“${titled},” Renmin ribao [People’s Daily], January 9, 1955, para. 3, ${URL}#p3.`);
		expect(text('mla', 'In text')).toBe(`(“${titled},” par. 3)`);
		expect(text('apa', 'In text')).toBe(`(“${titled},” 1955, para. 3)`);
		// A bibliography or reference-list entry (GB/T 7714's only form) cites the article, not the paragraph.
		expect(original!.citations.map((c) => `${c.style} ${c.form}`)).toEqual(['chicago Note', 'mla In text', 'apa In text']);
	});
});

describe('citations whose record holds numbers like the stand-ins', () => {
	// Its own slug: citeproc keeps what it rendered for an item id.
	const article = { ...handicraftArticle, slug: 'numbers-in-title', original: { ...handicraftArticle.original, title: '第4242号令与42427' } };

	it('keep the title as written, and the paragraph only where the locator goes', () => {
		for (const [paragraph, url] of [[undefined, URL], [3, `${URL}#p3`]] as const) {
			for (const set of citationsOf(article, url, '2026-11-26', paragraph)) {
				for (const c of set.citations) {
					expect(c.text, `${c.style} ${c.form}`).not.toContain('undefined');
					if (set.version === 'original') expect(c.text, `${c.style} ${c.form}`).toContain('第4242号令与42427');
				}
			}
		}
		const [original] = citationsOf(article, `${URL}#p3`, '2026-11-26', 3);
		expect(original!.citations.find((c) => c.style === 'apa' && c.form === 'In text')!.text).toBe(`(“第4242号令与42427 [${EN}],” 1955, para. 3)`);
	});
});

describe('BibTeX and RIS', () => {
	const { original } = articleRecords(handicraftArticle, `${URL}#p3`);

	it('write a BibTeX entry with the newspaper, date, page and URL', () => {
		expect(toBibTeX(original)).toBe(
			[
				'@article{1955-01-09-national-handicraft-work-conference-zh,',
				`  title = {${ZH}},`,
				'  journaltitle = {人民日报},',
				'  journal = {人民日报},',
				'  entrysubtype = {newspaper},',
				'  date = {1955-01-09},',
				'  year = {1955},',
				'  month = jan,',
				'  day = {9},',
				'  pages = {1},',
				'  langid = {chinese},',
				`  url = {${URL}#p3}`,
				'}',
				'',
			].join('\n'),
		);
	});

	it('escapes BibTeX specials', () => {
		expect(toBibTeX({ ...original, title: '50% & $5 #1 a_b {x}' })).toContain('title = {50\\% \\& \\$5 \\#1 a\\_b \\{x\\}}');
	});

	it('write an RIS record of type NEWS with CR LF lines', () => {
		expect(toRIS(original)).toBe(
			[`TY  - NEWS`, `TI  - ${ZH}`, 'T2  - 人民日报', 'PY  - 1955', 'DA  - 1955/01/09', 'SP  - 1', 'LA  - zh-CN', `UR  - ${URL}#p3`, 'ER  -', ''].join('\r\n'),
		);
	});
});
