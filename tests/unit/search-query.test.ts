import { describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import { couldBePinyin, PINYIN_SYLLABLES } from '../../src/lib/search/pinyin-syllables.ts';
import { isEmptyQuery, normaliseQuery, stripToneMarks } from '../../src/lib/search/query.ts';
import { wordStems } from '../../src/lib/search/stem.ts';
import { toSimplified } from '../../src/lib/search/traditional.ts';
import { traditionalMap } from '../../src/lib/search/traditional-map.ts';

const corpus = '全国手工业生产合作社联合总社筹备委员会，白如冰、郑洁、赵品三等九人担任常务委员。会议检查了计划执行的情况';
const map = traditionalMap(corpus);

describe('traditional → simplified', () => {
	it('maps the traditional forms of characters the text uses', () => {
		expect(toSimplified('手工業', map)).toBe('手工业');
		expect(toSimplified('合作社聯合社', map)).toBe('合作社联合社');
		expect(toSimplified('會議檢查', map)).toBe('会议检查');
		expect(toSimplified('趙品三', map)).toBe('赵品三');
		expect(toSimplified('鄭潔', map)).toBe('郑洁');
	});

	it('leaves simplified text, shared characters and other scripts alone', () => {
		expect(toSimplified('白如冰 handicraft 1955', map)).toBe('白如冰 handicraft 1955');
	});

	it('keeps only characters whose simplified form the corpus has', () => {
		expect(map['業']).toBe('业');
		// 龍 → 龙, but 龙 is not in the corpus, so the map does not carry it.
		expect(map['龍']).toBeUndefined();
		expect(Object.values(map).every((s) => corpus.includes(s))).toBe(true);
	});
});

describe('normaliseQuery', () => {
	it('simplifies Chinese into exact strings, and sends the Chinese index each character once', () => {
		expect(normaliseQuery('  手工業  ', map)).toEqual({ han: ['手工业'], words: [], phrases: [], chinese: '手 工 业' });
		expect(normaliseQuery('“积极领导、稳步前进”', map).han).toEqual(['积极领导、稳步前进']);
		expect(normaliseQuery('手工业 合作社', map)).toMatchObject({ han: ['手工业', '合作社'], chinese: '手 工 业 合 作 社' });
	});

	it('reads quoted English as a phrase and the rest as words, without the punctuation around them', () => {
		expect(normaliseQuery('"democratic management" cooperatives,', map)).toEqual({
			han: [],
			words: ['cooperatives'],
			phrases: ['democratic management'],
			// The English index holds stems (see wordStems): it is asked for the words' stems.
			english: 'cooper democrat manag',
			// Latin letters that cannot be pinyin: no pinyin query, and the pinyin index is not loaded.
		});
		expect(normaliseQuery('"Bai Rubing"', map)).toEqual({ han: [], words: [], phrases: ['Bai Rubing'], english: 'bai rube', pinyin: 'bairubing' });
		expect(normaliseQuery("People's", map).words).toEqual(["People's"]);
	});

	it('joins Latin-only queries that could be pinyin for the pinyin records', () => {
		expect(normaliseQuery('Zhu De', map).pinyin).toBe('zhude');
		expect(normaliseQuery('handicraft', map).pinyin).toBeUndefined();
		expect(normaliseQuery('shougongye', map).pinyin).toBe('shougongye');
		expect(normaliseQuery('手工业 handicraft', map).pinyin).toBeUndefined();
		expect(normaliseQuery('1955', map).pinyin).toBeUndefined();
	});

	it('drops pinyin tone marks', () => {
		expect(stripToneMarks('shǒugōngyè Zhū Dé lǜ')).toBe('shougongye Zhu De lu');
		expect(normaliseQuery('hézuòshè', map).pinyin).toBe('hezuoshe');
		expect(stripToneMarks('手工业')).toBe('手工业');
	});

	it('gives nothing to search for an empty query', () => {
		expect(normaliseQuery('   ', map)).toEqual({ han: [], words: [], phrases: [] });
		expect(isEmptyQuery(normaliseQuery(' " ', map))).toBe(true);
	});
});

describe('letters that could be pinyin', () => {
	it('knows every syllable pinyin-pro writes for a CJK Unified Ideograph, and no other', () => {
		const written = new Set<string>();
		for (let code = 0x4e00; code <= 0x9fff; code++) {
			for (const s of pinyin(String.fromCodePoint(code), { toneType: 'none', multiple: true, type: 'array', v: false })) if (/^[a-zü]+$/.test(s)) written.add(s);
		}
		expect([...PINYIN_SYLLABLES].sort()).toEqual([...written].sort());
	});

	it('divides letters into syllables, the last perhaps unfinished', () => {
		for (const letters of ['zhude', 'shougongye', 'shougongy', 'hezuoshe', 'xian', 'lvshi', 'nuer', 'bairubing', 'a']) expect(couldBePinyin(letters), letters).toBe(true);
		for (const letters of ['handicraft', 'cooperative', 'productivity', 'democratic', 'zhudv', 'v', '']) expect(couldBePinyin(letters), letters).toBe(false);
	});
});

describe('the stems the English index holds and is asked for', () => {
	it('are each word’s Porter2 stem, once, in the order of the text; a typographic apostrophe counts as a straight one', () => {
		expect(wordStems('Cooperatives, cooperative and co-operative: People’s people\'s happy happiness')).toEqual(['cooper', 'and', 'co', 'oper', 'peopl', 'happi']);
		// A word and its inflections ask the index for one stem, which the text's forms share.
		expect(wordStems('productivity')).toEqual(wordStems('productive'));
	});
});
