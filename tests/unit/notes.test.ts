import { describe, expect, it } from 'vitest';
import { buildParagraphs } from '../../src/lib/article.ts';
import type { SourcePair } from '../../src/lib/paragraph/pairing.ts';
import { paragraphLayers } from '../../src/lib/paragraph/layers/index.ts';
import { noteAnchor } from '../../src/lib/anchors.ts';
import { attachNotes, markPhrase } from '../../src/lib/paragraph/layers/notes.ts';
import { nearestPassage } from '../../src/lib/near-miss.ts';
import { tempDir } from './temp-dir.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const paragraphs = [
	{ n: 1, zh: '第一段，十二万亿元。', en: 'First, 12 trillion yuan.' },
	{ n: 2, zh: '第二段 A&B。', en: 'Second.' },
];

describe('editorial notes', () => {
	it('are numbered per paragraph in the order written, with stable anchors', () => {
		const notes = attachNotes(
			[
				{ paragraph: 1, phrase: '十二万亿元', text: 'a', basis: 'b' },
				{ paragraph: 2, text: 'c', basis: 'd' },
				{ paragraph: 1, phrase: 'trillion', lang: 'en', text: 'e', basis: 'f' },
			],
			paragraphs,
			'notes.yaml',
		);
		expect(notes.map((n) => [n.id, n.k, n.lang])).toEqual([
			['p1-n1', 1, 'zh'],
			['p2-n1', 1, 'zh'],
			['p1-n2', 2, 'en'],
		]);
		expect(noteAnchor(3, 2)).toBe('p3-n2');
	});

	it('fail on a phrase the paragraph lacks or a paragraph the article lacks, naming file and note', () => {
		const run = () =>
			attachNotes(
				[
					{ paragraph: 1, phrase: '二十万亿元', text: 'a', basis: 'b' },
					{ paragraph: 7, text: 'c', basis: 'd' },
				],
				paragraphs,
				'content/x/notes.yaml',
			);
		expect(run).toThrow('content/x/notes.yaml: note 1 (¶1): the phrase “二十万亿元” does not occur in the Chinese of ¶1; the nearest the text comes is “十二万亿元”.');
		expect(run).toThrow('content/x/notes.yaml: note 2 (¶7): the article has no paragraph 7. Fix: give a paragraph number from 1 to 2.');
	});

	it("name the note's line in its file and the nearest passage of the text (the issue's 一百八十多万担)", () => {
		const file = join(tempDir('notes-'), 'notes.yaml');
		writeFileSync(file, ['# Notes', 'notes:', '  - paragraph: 1', '    text: a', '    basis: b', '  - paragraph: 2', '    phrase: 一百八十万担', '    text: c', '    basis: d', '  - paragraph: 9', '    text: e', '    basis: f', ''].join('\n'));
		const text = [{ n: 1, zh: '第一段。', en: 'First.' }, { n: 2, zh: '收购一百八十多万担。', en: 'Over 1.8 million dan.' }];
		const run = () => attachNotes([{ paragraph: 1, text: 'a', basis: 'b' }, { paragraph: 2, phrase: '一百八十万担', text: 'c', basis: 'd' }, { paragraph: 9, text: 'e', basis: 'f' }], text, file);
		expect(run).toThrow(`${file}:7: note 2 (¶2): the phrase “一百八十万担” does not occur in the Chinese of ¶2; the nearest the text comes is “一百八十多万担”. Fix:`);
		expect(run).toThrow(`${file}:10: note 3 (¶9): the article has no paragraph 9.`);
	});

	it('link the first occurrence of the phrase without changing the text', () => {
		const [note] = attachNotes([{ paragraph: 2, phrase: 'A&B', text: 'a', basis: 'b' }], paragraphs, 'f');
		const html = markPhrase('第二段 A&#x26;B。', note!, 'f');
		expect(html).toBe('第二段 <a class="note-ref" href="#p2-n1" data-note="1" aria-describedby="p2-n1">A&#x26;B</a>。');
		expect(html.replace(/<[^>]+>/g, '')).toBe('第二段 A&#x26;B。');
	});

	it('refuse a phrase that crosses formatting', () => {
		const [note] = attachNotes([{ paragraph: 1, phrase: '第一段，十二', text: 'a', basis: 'b' }], paragraphs, 'f');
		expect(() => markPhrase('<em>第一段</em>，十二万亿元。', note!, 'f')).toThrow(/crosses formatting/);
	});

	it('attach to aligned paragraphs, marking the phrase in its own language only', () => {
		const aligned: SourcePair[] = paragraphs.map((p) => ({
			n: p.n,
			id: `p${p.n}`,
			original: { html: p.zh, text: p.zh },
			translation: { html: p.en, text: p.en },
		}));
		const notes = new Map([['a', { file: 'f', notes: [{ paragraph: 1, phrase: '十二万亿元', text: 'a', basis: 'b' }] }]]);
		const [first] = buildParagraphs(aligned, { slug: 'a', layers: paragraphLayers({ notes }) });
		expect(first!.layers.notes.map((n) => n.id)).toEqual(['p1-n1']);
		expect(first!.original.html).toContain('<a class="note-ref" href="#p1-n1"');
		expect(first!.translation.html).toBe('<span data-seg="p1-s1" lang="en">First, 12 trillion yuan.</span>');
		expect(first!.original.text).toBe('第一段，十二万亿元。');
	});
});

describe('the nearest passage to a phrase', () => {
	it('is the stretch of text fewest changes away, whole words in English; none when nothing is near', () => {
		expect(nearestPassage('今年收购一百八十多万担，比去年多。', '一百八十万担')).toBe('一百八十多万担');
		expect(nearestPassage('The meeting reviewed the organizational development plan.', 'organisational development')).toBe('organizational development');
		expect(nearestPassage('The meeting reviewed the plan.', 'plans')).toBe('plan');
		expect(nearestPassage('The meeting reviewed the plan.', 'cooperative movement')).toBeUndefined();
		expect(nearestPassage('第一段。', '合作化')).toBeUndefined();
	});
});
