import { describe, expect, it } from 'vitest';
import { checkGlossary, findTerms, glossaryEntries, markTerms } from '../../src/lib/paragraph/layers/glossary.ts';
import { readingsOf, readingWords, rubyHtml } from '../../src/lib/paragraph/layers/pinyin.ts';

const entries = glossaryEntries([
	{ id: 'zhu-de', zh: '朱德', pinyin: 'Zhū Dé', en: 'Zhu De', kind: 'person', description: 'd', authority: 'none' },
	{ id: 'bai-rubing', zh: '白如冰', pinyin: 'Bái Rúbīng', en: 'Bai Rubing', kind: 'person', description: 'd', authority: 'none' },
	{ id: 'coops', zh: '手工业生产合作社', pinyin: 'shǒugōngyè shēngchǎn hézuòshè', en: 'handicraft production cooperatives', kind: 'organisation', description: 'd', authority: 'none' },
	{ id: 'committee', zh: '手工业生产合作社联合总社', pinyin: 'x', en: 'Federation', kind: 'organisation', description: 'd', authority: 'none' },
	{ id: 'charter', zh: '社章', pinyin: 'shèzhāng', en: 'constitution', kind: 'term', description: 'd', authority: 'none' },
]);

describe('glossary terms', () => {
	it('are found leftmost first, the longer form winning, never overlapping', () => {
		const text = '朱德到会；手工业生产合作社联合总社和手工业生产合作社。';
		expect(findTerms(text, entries, 'zh').map((m) => [m.entry.id, text.slice(m.start, m.end)])).toEqual([
			['zhu-de', '朱德'],
			['committee', '手工业生产合作社联合总社'],
			['coops', '手工业生产合作社'],
		]);
	});

	it('match English forms as whole words, with their case', () => {
		const text = 'constitutional constitution; Zhu Dehua, zhu de, Zhu De.';
		expect(findTerms(text, entries, 'en').map((m) => text.slice(m.start, m.end))).toEqual(['constitution', 'Zhu De']);
	});

	it('are linked in the HTML, or named by a span inside a note’s link, the text unchanged', () => {
		const html = '由<a class="note-ref" href="#p6-n1">白如冰等</a>担任；白如冰 &#x26; 朱德。';
		const marked = markTerms(html, findTerms(html.replace(/<[^>]+>/g, '').replace('&#x26;', '&'), entries, 'zh'), (id) => `/glossary/#${id}`);
		expect(marked).toBe(
			'由<a class="note-ref" href="#p6-n1"><span class="term" data-term="bai-rubing">白如冰</span>等</a>担任；<a href="/glossary/#bai-rubing">白如冰</a> &#x26; <a href="/glossary/#zhu-de">朱德</a>。',
		);
		expect(marked.replace(/<[^>]+>/g, '')).toBe(html.replace(/<[^>]+>/g, ''));
	});

	it('must occur in the texts, each under its own id, or the build fails naming the entry', () => {
		const texts = [{ zh: '朱德到会。', en: 'Zhu De attended.' }];
		expect(() => checkGlossary(entries.slice(0, 1), texts, 'glossary.yaml')).not.toThrow();
		expect(() => checkGlossary([...entries.slice(0, 2), { ...entries[0]!, zh: '朱德', forms: ['Zhu de'] }], texts, 'glossary.yaml')).toThrow(
			/glossary\.yaml: entry "bai-rubing": “白如冰” does not occur in any original[\s\S]*entry "zhu-de": the id is used twice[\s\S]*“Zhu de” does not occur as words/,
		);
	});
});

describe('the pinyin reading aid', () => {
	it('reads 朱德 as Zhū Dé: tones, and the glossary’s capitals for names', () => {
		expect(readingsOf('副主席朱德到会', entries)).toEqual(['fù', 'zhǔ', 'xí', 'Zhū', 'Dé', 'dào', 'huì']);
		expect(readingsOf('白如冰、郑洁', entries)).toEqual(['Bái', 'Rú', 'bīng', '', 'zhèng', 'jié']);
	});

	it('puts one ruby on each word, one rt per character, around the markup, the text unchanged', () => {
		const html = '<a href="/glossary/#zhu-de">朱德</a>到会，A&#x26;B。';
		const ruby = rubyHtml(html, readingWords('朱德到会，A&B。', findTerms('朱德到会，A&B。', entries, 'zh')));
		expect(ruby).toContain('<a href="/glossary/#zhu-de"><ruby><span>朱</span><rt>Zhū</rt><span>德</span><rt>Dé</rt></ruby></a>');
		expect(ruby).toMatch(/<rt>huì<\/rt><\/ruby>，A&#x26;B。$/);
		// Every character of a word has its own reading.
		// One <rt> per character, each character in its own <span>.
		for (const [, base] of ruby.matchAll(/<ruby>(.*?)<\/ruby>/g)) expect(base!.match(/<rt>/g)!.length).toBe(base!.replace(/<rt>[^<]*<\/rt>|<\/?span>/g, '').length);
		expect(ruby.replace(/<rt>[^<]*<\/rt>/g, '').replace(/<[^>]+>/g, '')).toBe(html.replace(/<[^>]+>/g, ''));
	});
});
