import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attachWordLinks } from '../../src/lib/paragraph/layers/word-links.ts';
import { chineseSentences, englishSentences } from '../../src/lib/paragraph/sentences.ts';
import { sourceArticles } from '../support/sources.ts';
import { tempDir } from './temp-dir.ts';

// The word-links layer on a small article in a temporary folder, and on the edition's own links.
function article(folder: string, zh = ['一月五日闭幕。手工业和工业。'], en = ['Closed on January 5th. Handicraft and industry.']) {
	const files = { zh: relative(process.cwd(), join(folder, 'zh.md')), en: relative(process.cwd(), join(folder, 'en.md')) };
	return {
		slug: 'a',
		files,
		paragraphs: zh.map((z, i) => ({
			n: i + 1,
			id: `p${i + 1}`,
			original: { html: z, text: z },
			translation: { html: en[i]!, text: en[i]! },
			segments: { zh: chineseSentences(z), en: englishSentences(en[i]!) },
		})),
	};
}

const write = (folder: string, yaml: string) => writeFileSync(join(folder, 'word-links.yaml'), yaml);

describe('word links', () => {
	it('place each piece in its segment (the N-th occurrence where written #N), in paragraph offsets', () => {
		const folder = tempDir('word-links-');
		write(folder, 'segments:\n  - segment: p1-s2\n    reviewed: true\n    links:\n      - zh: [手工业]\n        en: [Handicraft]\n      - zh: [工业#2]\n        en: [industry]\n        note: n\n');
		const { links } = attachWordLinks(article(folder));
		expect(links.map((l) => [l.segment, l.k, l.zh.map((w) => [w.text, w.start]), l.en.map((w) => [w.text, w.start]), l.note])).toEqual([
			['p1-s2', 1, [['手工业', 7]], [['Handicraft', 23]], undefined],
			['p1-s2', 2, [['工业', 11]], [['industry', 38]], 'n'],
		]);
	});

	it('fail with file:line, the reason and the fix; leave a segment awaiting review out (strict: fail)', () => {
		const folder = tempDir('word-links-');
		write(
			folder,
			'segments:\n' +
				'  - segment: p1-s1\n    reviewed: true\n    links:\n      - zh: [一月五日]\n        en: [January 6th]\n      - zh: [闭幕, 一月]\n        en: [Closed]\n' +
				'  - segment: p1-s2\n    reviewed: true\n    links:\n      - zh: [工业]\n        en: [industry]\n' +
				'  - segment: p1-s9\n    reviewed: true\n    links: []\n',
		);
		const file = relative(process.cwd(), join(folder, 'word-links.yaml'));
		expect(() => attachWordLinks(article(folder))).toThrow(
			[
				`${file}:5: p1-s1, link 1: in the English of the segment, “January 6th” does not occur. Fix: copy the words exactly from the sentence.`,
				`${file}:7: p1-s1, link 2: “一月” overlaps words another link of the segment takes. Fix: link each word once.`,
				`${file}:12: p1-s2, link 1: in the Chinese of the segment, “工业” occurs 2 times; write “工业#N” for its N-th occurrence. Fix: copy the words exactly from the sentence.`,
				`${file}:14: p1-s9: the article has no segment p1-s9. Fix: name a segment the page has (p1-s1 to p1-s2).`,
			].join('\n'),
		);
		write(folder, 'segments:\n  - segment: p1-s1\n    reviewed: false\n    links:\n      - zh: [闭幕]\n        en: [Closed]\n');
		const { links, unreviewed } = attachWordLinks(article(folder));
		expect(links).toEqual([]);
		const awaiting = `${file}:2: p1-s1: its word links await review (reviewed: false), so they are not published. Fix: check each link against the two sentences, then set \`reviewed: true\`.`;
		expect(unreviewed).toEqual([{ segment: 'p1-s1', message: awaiting, problems: [] }]);
		expect(() => attachWordLinks(article(folder), true)).toThrow(/EDITION_STRICT=1/);
		// A link awaiting review that would not place is said now, beside the segment's warning.
		write(folder, 'segments:\n  - segment: p1-s1\n    reviewed: false\n    links:\n      - zh: [闭幕]\n        en: [Closd]\n');
		expect(attachWordLinks(article(folder)).unreviewed).toEqual([
			{ segment: 'p1-s1', message: awaiting, problems: [`${file}:5: p1-s1, link 1: in the English of the segment, “Closd” does not occur. Fix: copy the words exactly from the sentence.`] },
		]);
		expect(() => attachWordLinks(article(folder), true)).toThrow(/“Closd” does not occur\. Fix: copy the words exactly from the sentence\. \(EDITION_STRICT=1/);
	});

	it('of the edition are all reviewed and apply to its segments as received', () => {
		for (const source of sourceArticles()) {
			const { links, unreviewed } = attachWordLinks(article(join('content', source.slug), source.zh.paragraphs, source.en.paragraphs));
			expect(unreviewed).toEqual([]);
			for (const link of links) {
				const n = Number(link.segment.slice(1).split('-')[0]);
				for (const w of link.zh) expect(source.zh.paragraphs[n - 1]!.slice(w.start, w.end)).toBe(w.text);
				for (const w of link.en) expect(source.en.paragraphs[n - 1]!.slice(w.start, w.end)).toBe(w.text);
			}
			if (source.slug === '1955-01-09-national-handicraft-work-conference') expect(links.length).toBe(362);
		}
	});
});
