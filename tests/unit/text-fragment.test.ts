import { describe, expect, it } from 'vitest';
import { encodeTerm, findDirective, parseTextDirectives, textDirective, wholeWords } from '../../src/lib/text-fragment.ts';

// Links to selected words: the text directive that finds them, and where a directive's words are.
const en = 'The meeting believes that the handicraft cooperative movement, co-operation & more, has basically implemented the policy.';
const zh = '会议认为，一九五四年的手工业合作化运动基本上贯彻了“积极领导、稳步前进”的方针。';

describe('the directive for selected words', () => {
	it('widens a selection to whole words (a fragment matches only at word boundaries), spaces left out', () => {
		const at = en.indexOf('andicraft coop');
		expect(en.slice(...wholeWords(en, at, at + 'andicraft coop'.length, 'en'))).toBe('handicraft cooperative');
		expect(en.slice(...wholeWords(en, en.indexOf(' the'), en.indexOf(' the') + 5, 'en'))).toBe('the');
		// Chinese: as the browser's word breaker (ICU) divides it: 会议|认为|，|一九|五四|年|的|手|工业|合作|化|运动…
		expect(zh.slice(...wholeWords(zh, zh.indexOf('业合'), zh.indexOf('业合') + 2, 'zh-Hans'))).toBe('工业合作');
		expect(zh.slice(...wholeWords(zh, zh.indexOf('手工业'), zh.indexOf('手工业') + 3, 'zh-Hans'))).toBe('手工业');
	});

	it('percent-encodes - , & (and what a URI component must), and adds context only for words that occur more than once', () => {
		expect(encodeTerm('co-operation, & more')).toBe('co%2Doperation%2C%20%26%20more');
		const start = en.indexOf('co-operation');
		const end = start + 'co-operation & more'.length;
		expect(textDirective(en, start, end, 'en', 1)).toBe('text=co%2Doperation%20%26%20more');
		expect(textDirective(en, start, end, 'en', 2)).toBe('text=cooperative%20movement%2C-,co%2Doperation%20%26%20more,-%2C%20has%20basically');
	});

	it('finds a long quotation by its first and last words', () => {
		const directive = textDirective(en, 0, en.length, 'en', 1);
		expect(directive).toBe('text=The%20meeting%20believes%20that,basically%20implemented%20the%20policy.');
		expect(findDirective(en, parseTextDirectives(`#p3-s1:~:${directive}`)[0]!)).toEqual([0, en.length]);
	});
});

describe('reading a directive back (browsers without text fragments)', () => {
	it('parses prefix, start, end and suffix, decoded', () => {
		expect(parseTextDirectives('#p3-s4:~:text=a%2Db-,x,y,-%2Cz')).toEqual([{ prefix: 'a-b', start: 'x', end: 'y', suffix: ',z' }]);
		expect(parseTextDirectives('#p3-s4')).toEqual([]);
	});

	it('finds the words whose context matches, and only those', () => {
		const text = '手工业生产。手工业合作化。';
		expect(findDirective(text, { start: '手工业' })).toEqual([0, 3]);
		expect(findDirective(text, { prefix: '生产。', start: '手工业' })).toEqual([6, 9]);
		expect(findDirective(text, { start: '手工业', suffix: '合作' })).toEqual([6, 9]);
		expect(findDirective(text, { start: '农业' })).toBeUndefined();
		// Every directive this module writes finds its own words.
		const start = zh.indexOf('手工业');
		const directive = parseTextDirectives(`#x:~:${textDirective(zh, start, start + 3, 'zh-Hans', 2)}`)[0]!;
		expect(findDirective(zh, directive)).toEqual([start, start + 3]);
	});
});
