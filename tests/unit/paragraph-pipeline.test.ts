import { describe, expect, it } from 'vitest';
import { glossaryEntries } from '../../src/lib/glossary.ts';
import { attachNotes } from '../../src/lib/notes.ts';
import { STEPS, buildParagraph, notesStep } from '../../src/lib/paragraph/pipeline.ts';

const glossary = glossaryEntries([
	{ id: 'bai-rubing', zh: '白如冰', pinyin: 'Bái Rúbīng', en: 'Bai Rubing', kind: 'person', description: 'd', authority: 'none' },
]);
const source = { original: { html: '由白如冰等担任；白如冰到会。', text: '由白如冰等担任；白如冰到会。' }, translation: { html: 'Bai Rubing and others.', text: 'Bai Rubing and others.' } };
const notes = attachNotes([{ paragraph: 1, phrase: '白如冰等', text: 'n', basis: 'b' }], [{ n: 1, zh: source.original.text, en: source.translation.text }], 'notes.yaml');
const layers = { notes, notesFile: 'notes.yaml', glossary, termHref: (id: string) => `/glossary/#${id}` };

describe('the paragraph pipeline', () => {
	it('declares its steps in the order they run', () => {
		expect(STEPS).toEqual(['text', 'notes', 'terms', 'ruby']);
	});

	it('links notes first, then terms (a span inside a note’s link), then adds ruby around both', () => {
		const { original, translation } = buildParagraph(source, layers);
		expect(original.html).toBe(
			'由<a class="note-ref" href="#p1-n1" data-note="1" aria-describedby="p1-n1"><span class="term" data-term="bai-rubing">白如冰</span>等</a>担任；<a href="/glossary/#bai-rubing">白如冰</a>到会。',
		);
		expect(original.ruby).toContain('<a href="/glossary/#bai-rubing"><ruby>白<rt>Bái</rt>如<rt>Rú</rt>冰<rt>bīng</rt></ruby></a>');
		expect(translation.html).toBe('<a href="/glossary/#bai-rubing">Bai Rubing</a> and others.');
		// Terms are found once, on the text, and kept for the ruby and the glossary's back-links.
		expect(original.terms.map((m) => [m.entry.id, m.start])).toEqual([
			['bai-rubing', 1],
			['bai-rubing', 8],
		]);
		// No step changes the text.
		expect(original.html.replace(/<[^>]+>/g, '')).toBe(source.original.text);
		expect(original.ruby.replace(/<rt>[^<]*<\/rt>/g, '').replace(/<[^>]+>/g, '')).toBe(source.original.text);
	});

	it('marks a note’s phrase in its own language only', () => {
		expect(notesStep(source.translation.html, notes, 'en', 'notes.yaml')).toBe(source.translation.html);
	});
});
