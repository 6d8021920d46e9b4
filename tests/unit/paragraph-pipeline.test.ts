import { describe, expect, it } from 'vitest';
import { buildParagraphs } from '../../src/lib/article.ts';
import { glossaryEntries } from '../../src/lib/paragraph/layers/glossary.ts';
import { paragraphLayers } from '../../src/lib/paragraph/layers/index.ts';
import { notesLayer } from '../../src/lib/paragraph/layers/notes.ts';
import { segmentsStep } from '../../src/lib/paragraph/pipeline.ts';

const glossary = glossaryEntries([
	{ id: 'bai-rubing', zh: '白如冰', pinyin: 'Bái Rúbīng', en: 'Bai Rubing', kind: 'person', description: 'd', authority: 'none' },
]);
const source = { original: { html: '由白如冰等担任；白如冰到会。', text: '由白如冰等担任；白如冰到会。' }, translation: { html: 'Bai Rubing and others.', text: 'Bai Rubing and others.' } };
const notes = new Map([['a', { file: 'notes.yaml', notes: [{ paragraph: 1, phrase: '白如冰等', text: 'n', basis: 'b' }] }]]);
const layers = paragraphLayers({ notes, glossary: { file: 'glossary.yaml', entries: glossary, href: (id: string) => `/glossary/#${id}` } });

describe('the paragraph pipeline', () => {
	it('links notes first, then terms (a span inside a note’s link), then adds ruby around both', () => {
		const [paragraph] = buildParagraphs([{ n: 1, id: 'p1', ...source }], { slug: 'a', layers });
		const { original, translation } = paragraph!;
		expect(original.html).toBe(
			'<span data-seg="p1-s1" lang="zh-Hans">由<a class="note-ref" href="#p1-n1" data-note="1" aria-describedby="p1-n1"><span class="term" data-term="bai-rubing">白如冰</span>等</a>担任；<a href="/glossary/#bai-rubing">白如冰</a>到会。</span>',
		);
		expect(original.anchoredHtml).toMatch(/^<span id="p1-s1" data-seg="p1-s1" lang="zh-Hans">由/);
		expect(original.ruby).toContain('<a href="/glossary/#bai-rubing"><ruby><span>白</span><rt>Bái</rt><span>如</span><rt>Rú</rt><span>冰</span><rt>bīng</rt></ruby></a>');
		expect(translation.html).toBe('<span data-seg="p1-s1" lang="en"><a href="/glossary/#bai-rubing">Bai Rubing</a> and others.</span>');
		// Terms are found once, on the text, and kept for the ruby and the glossary's back-links.
		expect(paragraph!.layers.glossary.zh.map((m) => [m.entry.id, m.start])).toEqual([
			['bai-rubing', 1],
			['bai-rubing', 8],
		]);
		// No step changes the text.
		expect(original.html.replace(/<[^>]+>/g, '')).toBe(source.original.text);
		expect(original.ruby.replace(/<rt>[^<]*<\/rt>/g, '').replace(/<[^>]+>/g, '')).toBe(source.original.text);
	});

	it('wraps each sentence in its segment, starting a segment before a link that opens it, around entities', () => {
		const html = '甲&#x26;乙。<a href="/g#x">丙</a>丁！戊';
		expect(segmentsStep(html, ['甲&乙。', '丙丁！', '戊'], 3, 'zh', true, 'zh.md')).toBe(
			'<span id="p3-s1" data-seg="p3-s1" lang="zh-Hans">甲&#x26;乙。</span>' +
				'<span id="p3-s2" data-seg="p3-s2" lang="zh-Hans"><a href="/g#x">丙</a>丁！</span>' +
				'<span id="p3-s3" data-seg="p3-s3" lang="zh-Hans">戊</span>',
		);
	});

	it('fails when a sentence ends inside a link', () => {
		expect(() => segmentsStep('<a href="#p1-n1">甲。乙</a>。', ['甲。', '乙。'], 1, 'zh', false, 'notes.yaml')).toThrow(
			'notes.yaml: sentence 1 ends inside a link (a note’s phrase or a glossary term) in ¶1. Fix: choose a phrase inside one sentence.',
		);
	});

	it('marks a note’s phrase in its own language only', () => {
		const [paragraph] = buildParagraphs([{ n: 1, id: 'p1', ...source }], { slug: 'a', layers });
		expect(paragraph!.layers.notes.map((note) => note.lang)).toEqual(['zh']);
		expect(notesLayer(notes).markText!(source.translation.html, paragraph!.layers.notes, 'en', { slug: 'a', n: 1, where: 'en.md', segments: [] })).toBe(source.translation.html);
	});
});
