import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findTerms, glossaryEntries } from '../../src/lib/paragraph/layers/glossary.ts';
import { readingWords } from '../../src/lib/paragraph/layers/pinyin.ts';
import type { GlossarySource } from '../../src/lib/schema.ts';
import { articleWords, joinedPinyin, MAX_SENSES } from '../../src/lib/words/article-words.ts';
import { DICTIONARY, dictionaryParts, sensesOf } from '../../src/lib/words/dictionary.ts';
import { sourceArticles } from '../support/sources.ts';
import { handicraftArticle, plainParagraph } from './fixtures-article.ts';

// The word lookup's data, on the real glossary, the real texts and the real CC-CEDICT.
const glossary = glossaryEntries((parse(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as { entries: GlossarySource[] }).entries);
const source = sourceArticles()[0]!;
const article = {
	...handicraftArticle,
	paragraphs: source.zh.paragraphs.map((zh, i) => {
		const paragraph = plainParagraph(i + 1, zh, source.en.paragraphs[i]!);
		paragraph.layers.glossary.zh = findTerms(zh, glossary, 'zh');
		paragraph.layers.pinyin.words = readingWords(zh, paragraph.layers.glossary.zh);
		return paragraph;
	}),
};
const data = articleWords(article);
const entry = (word: string) => data.words.find((w) => w.w === word);

describe('words as the pinyin pages divide them', () => {
	it('cover the text exactly, glossary terms whole, each Han word with a reading per character', () => {
		const text = '副主席朱德到会，A&B 1955年。';
		const words = readingWords(text, findTerms(text, glossary, 'zh'));
		expect(words.map((w) => w.text).join('')).toBe(text);
		expect(words.find((w) => w.text === '朱德')?.readings).toEqual(['Zhū', 'Dé']);
		for (const word of words) {
			if (word.readings) expect([...word.text].every((c) => /\p{Script=Han}/u.test(c)) && word.readings.length === [...word.text].length).toBe(true);
			else expect(/\p{Script=Han}/u.test(word.text)).toBe(false);
		}
	});

	it('repair the segmenter’s words with the dictionary: numerals, merges, a function word split off, nothing else', () => {
		const words = (text: string) => readingWords(text, findTerms(text, glossary, 'zh')).map((w) => w.text);
		expect(words('研究了一九五五年手工业组织发展')).toEqual(['研究', '了', '一九五五', '年', '手工业', '组织', '发展']);
		expect(words('对手工业的社会主义改造')).toEqual(['对', '手工业', '的', '社会主义', '改造']);
		// 高质量 is a word too, but 提 is no function word: the segmenter's 提高|质量 stands.
		expect(words('提高质量，降低成本')).toEqual(['提高', '质量', '，', '降低', '成本']);
		// A glossary term is never merged with its neighbours.
		expect(words('引导他们走合作化的道路')).toContain('合作化');
	});

	it('make every 手工业 of the article outside a glossary term one word (the segmenter splits all 14)', () => {
		let found = 0;
		for (const paragraph of article.paragraphs) {
			const { text } = paragraph.original;
			const terms = paragraph.layers.glossary.zh;
			let at = 0;
			const starts = new Map(readingWords(text, terms).map((w) => [(at += w.text.length) - w.text.length, w.text]));
			for (let i = text.indexOf('手工业'); i >= 0; i = text.indexOf('手工业', i + 1)) {
				if (terms.some((t) => t.start <= i && i < t.end)) continue;
				expect(starts.get(i), `¶${paragraph.n} at ${i}`).toBe('手工业');
				found++;
			}
		}
		expect(found).toBe(14);
	});

	it('join a word’s syllables, with an apostrophe before a, o or e', () => {
		expect(joinedPinyin(['shǒu', 'gōng', 'yè'])).toBe('shǒugōngyè');
		expect(joinedPinyin(['Xī', 'ān'])).toBe("Xī'ān");
		expect(joinedPinyin(['tiān', 'é'])).toBe("tiān'é");
	});
});

describe('CC-CEDICT at build time', () => {
	it('gives the senses of the reading in context, one reading for tone sandhi, every reading where none fits', () => {
		expect(sensesOf('手工业', ['shǒu', 'gōng', 'yè'])).toEqual({ inContext: true, readings: [{ pinyin: 'shǒu gōng yè', senses: ['handicraft'] }] });
		const hui = sensesOf('会', ['huì']);
		expect(hui.inContext).toBe(true);
		expect(hui.readings.map((r) => r.pinyin)).toEqual(['huì']);
		expect(hui.readings[0]!.senses).toContain('meeting; gathering');
		// pinyin-pro reads 一些 with sandhi (yìxiē); CC-CEDICT writes yī xiē: the same reading.
		expect(sensesOf('一些', ['yì', 'xiē']).inContext).toBe(true);
		const unknownReading = sensesOf('会', ['xxx']);
		expect(unknownReading.inContext).toBe(false);
		expect(unknownReading.readings.map((r) => r.pinyin)).toEqual(expect.arrayContaining(['huì', 'kuài']));
		expect(sensesOf('白如冰', ['bái', 'rú', 'bīng'])).toEqual({ inContext: false, readings: [] });
	});

	it('splits a word it lacks into the longest words it has, left to right', () => {
		expect(dictionaryParts('劳动生产率')).toEqual([2, 5]);
		expect(dictionaryParts('联合社')).toEqual([2, 3]);
		expect(dictionaryParts('手工业')).toEqual([3]);
	});

	it('names its data: CC-CEDICT, its licence and the date of its export', () => {
		expect(DICTIONARY).toMatchObject({ name: 'CC-CEDICT', licence: { name: 'CC BY-SA 4.0' } });
		expect(DICTIONARY.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});

describe('an article’s words.json', () => {
	it('divides every paragraph so that its words and gaps add up to its text, every Han character in a word', () => {
		for (const paragraph of article.paragraphs) {
			const sequence = data.paragraphs[paragraph.id]!;
			let at = 0;
			let rebuilt = '';
			for (const item of sequence) {
				const piece = item < 0 ? paragraph.original.text.slice(at, at - item) : data.words[item]!.w;
				if (item < 0) expect(/\p{Script=Han}/u.test(piece)).toBe(false);
				rebuilt += piece;
				at += piece.length;
			}
			expect(rebuilt).toBe(paragraph.original.text);
		}
	});

	it('gives 手工业 its pinyin in context and its sense', () => {
		expect(entry('手工业')).toMatchObject({ p: 'shǒugōngyè', s: ['handicraft'] });
	});

	it('gives a term the dictionary lacks its glossary entry and its parts, each a dictionary word', () => {
		const word = entry('劳动生产率')!;
		expect(word).toMatchObject({ p: 'láodòng shēngchǎnlǜ', g: 'labor-productivity' });
		expect(word.x!.map((i) => data.words[i]!.w)).toEqual(['劳动', '生产率']);
		expect(data.words[word.x![1]!]!.s).toContain('productivity');
		expect(data.glossary['labor-productivity']).toMatchObject({ zh: '劳动生产率', en: 'labor productivity' });
		expect(entry('联合社')!.x!.map((i) => data.words[i]!.w)).toEqual(['联合', '社']);
	});

	it('gives a name the dictionary lacks its glossary entry only, and a name it has both', () => {
		const bai = entry('白如冰')!;
		expect(bai).toEqual({ w: '白如冰', p: 'Bái Rúbīng', g: 'bai-rubing' });
		expect(entry('朱德')).toMatchObject({ p: 'Zhū Dé', g: 'zhu-de' });
		expect(entry('朱德')!.s![0]).toMatch(/^Zhu De/);
	});

	it('holds each word once per reading, at most six senses a reading, with the rest counted', () => {
		const keys = data.words.map((w) => `${w.w}|${w.p}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const word of data.words) {
			for (const senses of [word.s ?? [], ...(word.r ?? []).map(([, s]) => s)]) expect(senses.length).toBeLessThanOrEqual(MAX_SENSES);
			for (const part of word.x ?? []) expect(part).toBeLessThan(data.words.length);
		}
		const dian = entry('的')!;
		expect(dian.s!.length + (dian.more ?? 0)).toBeGreaterThan(0);
		expect(data.words.some((w) => (w.more ?? 0) > 0)).toBe(true);
	});
});
