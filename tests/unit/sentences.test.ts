import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTS } from '../../src/lib/paragraph/pairing.ts';
import { chineseSentences, englishSentences } from '../../src/lib/paragraph/sentences.ts';

describe('Chinese sentences', () => {
	it('end at 。！？ and take the closing quote or bracket after them', () => {
		expect(chineseSentences('他说：“好。”我们走吧！真的吗？（完。）余下')).toEqual(['他说：“好。”', '我们走吧！', '真的吗？', '（完。）', '余下']);
	});

	it('do not end at an ellipsis, a comma or an enumeration', () => {
		expect(chineseSentences('甲、乙、丙……等等，都来了。一、二、三。')).toEqual(['甲、乙、丙……等等，都来了。', '一、二、三。']);
		expect(chineseSentences('到此为止……。再见。')).toEqual(['到此为止……。', '再见。']);
	});

	it('keep decimals written in characters and numerals whole', () => {
		expect(chineseSentences('相当于一九五三年的三点六九倍。产值3.69亿元。')).toEqual(['相当于一九五三年的三点六九倍。', '产值3.69亿元。']);
	});
});

describe('English sentences', () => {
	it('do not end at abbreviations or decimals', () => {
		const text = 'On Jan. 9 the U.S. press ignored it. Output rose 3.69 times, No. 1 in the list. Mr. Bai spoke. It ended.';
		expect(englishSentences(text)).toEqual(['On Jan. 9 the U.S. press ignored it. ', 'Output rose 3.69 times, No. 1 in the list. ', 'Mr. Bai spoke. ', 'It ended.']);
	});

	it('end after a closing quote, and keep enumerations whole', () => {
		expect(englishSentences('He said "go." They went: (1) north, (2) south. Done!')).toEqual(['He said "go." ', 'They went: (1) north, (2) south. ', 'Done!']);
	});
});

describe('segmentation', () => {
	it('only adds boundaries: the sentences joined are the text', () => {
		for (const text of ['一。二！三？', '  ', '无句号', 'A. B.', '“甲。”“乙。”']) {
			expect(chineseSentences(text).join('')).toBe(text);
			expect(englishSentences(text).join('')).toBe(text);
		}
	});
});

describe('the segment limit', () => {
	it('matches the stylesheet: a pairing rule and a line-by-line order for every segment number up to it', () => {
		const css = readFileSync(new URL('../../src/styles/edition.css', import.meta.url), 'utf8');
		const numbers = (pattern: RegExp) => [...new Set([...css.matchAll(pattern)].map((m) => Number(m[1])))].sort((a, b) => a - b);
		const upTo = Array.from({ length: MAX_SEGMENTS }, (_, i) => i + 1);
		expect(numbers(/\.paragraph:has\(\[data-seg\$="-s(\d+)"\]:is\(:hover, :target\)\)/g)).toEqual(upTo);
		expect(numbers(/\[data-seg\$="-s(\d+)"\] \{ order: \1; \}/g)).toEqual(upTo);
	});
});
