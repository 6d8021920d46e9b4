import { describe, expect, it } from 'vitest';
import { jsonForScript, coins, harvesterMeta } from '../../src/lib/citation/metadata.ts';
import { toTEI } from '../../src/lib/downloads/tei.ts';
import { alignedTsv, plainText, tsvCell } from '../../src/lib/downloads/text.ts';
import { handicraftArticle, plainParagraph } from './fixtures-article.ts';

const article = {
	...handicraftArticle,
	paragraphs: [
		plainParagraph(1, '【本报讯】甲 & <乙>。', 'First "one" & <two>.'),
		plainParagraph(2, '第二段。', 'Second.'),
	],
};

describe('text downloads', () => {
	it('plain text keeps every character, a blank line between paragraphs', () => {
		expect(plainText(article, 'zh')).toBe('【本报讯】甲 & <乙>。\n\n第二段。\n');
		expect(plainText(article, 'en')).toBe('First "one" & <two>.\n\nSecond.\n');
	});

	it('TSV has a header and one row per paragraph', () => {
		// The last column, the English as the editors corrected it, is empty where they did not.
		expect(alignedTsv(article)).toBe('n\tid\tzh\ten\ten_corrected\n1\tp1\t【本报讯】甲 & <乙>。\tFirst "one" & <two>.\t\n2\tp2\t第二段。\tSecond.\t\n');
	});

	it('TSV escapes what a field cannot hold: backslash, tab, line feed and carriage return, as linear TSV does', () => {
		const text = 'a\tb\\c\nd\re\\t';
		const odd = { ...article, paragraphs: [{ ...article.paragraphs[0]!, translation: { ...article.paragraphs[0]!.translation, text } }] };
		const row = alignedTsv(odd).split('\n')[1]!;
		expect(row).toBe('1\tp1\t【本报讯】甲 & <乙>。\ta\\tb\\\\c\\nd\\re\\\\t\t');
		// Unescaped, each cell is the text again.
		const unescape = (cell: string) => cell.replace(/\\([\\tnr])/g, (_, c: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[c]!);
		expect(unescape(row.split('\t')[3]!)).toBe(text);
		expect(tsvCell('手工业 “甲” | {x} &amp;')).toBe('手工业 “甲” | {x} &amp;');
	});
});

describe('TEI', () => {
	const tei = toTEI(article, { name: 'An edition', licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, parallel: 'https://example.org/articles/x/' }, '2026-11-26');

	it('escapes the text and aligns paragraphs and sentences by xml:id, n and corresp', () => {
		expect(tei).toContain('<p xml:id="zh-p1" n="1" corresp="#en-p1"><s xml:id="zh-p1-s1" corresp="#en-p1-s1">【本报讯】甲 &amp; &lt;乙&gt;。</s></p>');
		expect(tei).toContain('<p xml:id="en-p1" n="1" corresp="#zh-p1"><s xml:id="en-p1-s1" corresp="#zh-p1-s1">First &quot;one&quot; &amp; &lt;two&gt;.</s></p>');
		expect(tei).toContain('<link target="#zh-p2 #en-p2"/>');
		expect(tei).toContain('<date when="1955-01-09"/>');
		expect(tei).toContain('<biblScope unit="page">1</biblScope>');
	});
});

describe('head metadata', () => {
	it('gives harvesters title, date, newspaper, page and language', () => {
		const meta = Object.fromEntries(harvesterMeta(handicraftArticle, 'https://example.org/a/', 'original'));
		expect(meta).toMatchObject({
			citation_title: '全国手工业工作会议确定今年生产任务',
			citation_publication_date: '1955/01/09',
			'prism.publicationName': '人民日报',
			'DC.type': 'newspaperArticle',
			citation_firstpage: '1',
			citation_language: 'zh',
			'DC.date': '1955-01-09',
			'DC.language': 'zh-Hans',
		});
	});

	it('never names a journal: Zotero would save a journal article', () => {
		for (const version of ['original', 'translation'] as const) {
			expect(harvesterMeta(handicraftArticle, 'https://example.org/a/', version).map(([name]) => name)).not.toContain('citation_journal_title');
		}
	});

	it('writes COinS as an OpenURL key/value string in the Dublin Core format, for the version described', () => {
		expect(coins(handicraftArticle, 'https://example.org/a/', 'original')).toContain('rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc&rft.type=newspaperArticle&');
		expect(coins(handicraftArticle, 'https://example.org/a/', 'original')).toContain('rft.source=%E4%BA%BA%E6%B0%91%E6%97%A5%E6%8A%A5&rft.date=1955-01-09&rft.spage=1');
		expect(new URLSearchParams(coins(handicraftArticle, 'https://example.org/a/', 'translation')).get('rft.source')).toBe("People's Daily");
	});

	it('JSON-LD cannot close its script element', () => {
		expect(jsonForScript({ a: '</script><b>&' })).toBe('{"a":"\\u003c/script\\u003e\\u003cb\\u003e\\u0026"}');
	});
});
