import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildParagraphs } from '../../src/lib/article.ts';
import { applied, attachCorrections, correctedText } from '../../src/lib/paragraph/layers/corrections.ts';
import { paragraphLayers } from '../../src/lib/paragraph/layers/index.ts';
import { chineseSentences, englishSentences } from '../../src/lib/paragraph/sentences.ts';
import { sourceArticles } from '../support/sources.ts';
import { tempDir } from './temp-dir.ts';
import { listedCorrections } from '../../src/lib/releases.ts';

// The corrections layer on a small article in a temporary folder, and on the edition's own corrections.
const zh = ['一。二。', '三。'];
const en = ['One was here. Two was there.', 'Three and three.'];

function article(folder: string, paragraphs = { zh, en }) {
	const files = { zh: relative(process.cwd(), join(folder, 'zh.md')), en: relative(process.cwd(), join(folder, 'en.md')) };
	return {
		slug: 'a',
		files,
		paragraphs: paragraphs.zh.map((z, i) => ({
			n: i + 1,
			id: `p${i + 1}`,
			original: { html: z, text: z },
			translation: { html: paragraphs.en[i]!, text: paragraphs.en[i]! },
			segments: { zh: chineseSentences(z), en: englishSentences(paragraphs.en[i]!) },
		})),
	};
}

function write(folder: string, entries: string): void {
	writeFileSync(join(folder, 'corrections.yaml'), `corrections:\n${entries}`);
}

const entry = (fields: string) => `  - ${fields.trim().replace(/\n\s*/g, '\n    ')}\n    reason: 二 is two.\n    by: the editors\n    date: 2026-12-04\n`;

describe('corrections', () => {
	it('replace or insert words in one segment, numbered per paragraph, the text unchanged', () => {
		const folder = tempDir('corrections-');
		write(folder, entry('segment: p1-s2\nreceived: was there\nreading: is there') + entry('segment: p1-s1\nafter: One\nreading: " only"'));
		const source = article(folder);
		const [first] = buildParagraphs(source.paragraphs, { slug: 'a', files: source.files, layers: paragraphLayers() });
		const corrections = first!.layers.corrections;
		expect(corrections.map((c) => [c.id, c.kind, c.received, c.start])).toEqual([
			['p1-c1', 'replace', 'was there', 18],
			['p1-c2', 'after', 'One', 0],
		]);
		expect(first!.translation.text).toBe(en[0]);
		expect(first!.translation.html).toContain('<a href="#p1-c1" aria-describedby="p1-c1" data-reading="is there">was there</a>');
		expect(first!.translation.html).toContain('data-reading=" only" data-insert="after">One</a>');
		expect(correctedText(first!.translation.text, corrections)).toBe('One only was here. Two is there.');
		expect(applied({ kind: 'before', received: 'One', reading: 'Yes, ' })).toBe('Yes, One');
		expect(first!.anchors).toContainEqual(['p1-c1', { zh: '', en: 'was there' }]);
	});

	it('fail with file:line, the reason and the fix when they do not apply', () => {
		const folder = tempDir('corrections-');
		write(
			folder,
			entry('segment: p1-s3\nreceived: One\nreading: x') +
				entry('segment: p1-s1\nreceived: Eleven\nreading: x') +
				entry('segment: p2\nreceived: three\nreading: x') +
				entry('segment: p2-s1\nreceived: hree\nreading: x') +
				entry('segment: p1-s2\nreceived: Two was\nreading: x') +
				entry('segment: p1-s2\nreceived: was there\nreading: x') +
				entry('segment: p9-s1\nreceived: One\nreading: x'),
		);
		const file = relative(process.cwd(), join(folder, 'corrections.yaml'));
		const problems = (() => {
			try {
				attachCorrections(article(folder));
			} catch (error) {
				return (error as Error).message.split('\n');
			}
		})();
		expect(problems).toEqual([
			`${file}:2: correction 1 (p1-s3): ¶1 has 2 segments. Fix: name one from p1-s1 to p1-s2.`,
			`${file}:8: correction 2 (p1-s1): the received words “Eleven” do not occur in the English of p1-s1. Fix: copy them exactly from the translation (the received text is never changed).`,
			`${file}:14: correction 3 (p2): ¶2 has sentence anchors. Fix: name the segment that holds the words, p2-s1 to p2-s1.`,
			`${file}:20: correction 4 (p2-s1): the received words “hree” occur more than once in p2-s1. Fix: give more words, so that they occur once.`,
			`${file}:38: correction 7 (p9-s1): the article has no paragraph 9. Fix: give a segment of a paragraph from 1 to 2.`,
			`${file}: corrections p1-c1 and p1-c2 overlap in p1-s2 (“Two was”, “was there”). Fix: make them one correction.`,
		]);
	});

	it('refuse an entry without a reason, or with both received and after, naming its line', () => {
		const folder = tempDir('corrections-');
		writeFileSync(join(folder, 'corrections.yaml'), 'corrections:\n  - segment: p1-s1\n    received: One\n    after: One\n    reading: x\n    reason: " "\n    by: the editors\n    date: 2026-12-04\n');
		expect(() => attachCorrections(article(folder))).toThrow(/corrections\.yaml:2: corrections\.0: must have exactly one of received/);
		expect(() => attachCorrections(article(folder))).toThrow(/corrections\.yaml:6: corrections\.0\.reason: must be why/);
	});

	it('of the edition apply to its translation as received: each one’s words occur once in its segment', () => {
		for (const source of sourceArticles()) {
			const folder = join('content', source.slug);
			const corrections = attachCorrections(article(folder, { zh: source.zh.paragraphs, en: source.en.paragraphs }));
			for (const c of corrections) expect(source.en.paragraphs[c.paragraph - 1]!.slice(c.start, c.end)).toBe(c.received);
			if (source.slug === '1955-01-09-national-handicraft-work-conference') expect(corrections.map((c) => c.id)).toEqual(['p1-c1', 'p4-c1', 'p4-c2', 'p5-c1', 'p6-c1']);
		}
	});
});

describe('a release’s corrections', () => {
	it('are found in their articles, or the build fails naming the changelog entry', () => {
		const c = { id: 'p1-c1', segment: 'p1-s1', received: 'One', reading: 'Only' };
		const articles = [{ slug: 'a', paragraphs: [{ layers: { corrections: [c] } }] }];
		const release = { version: '9.0.0', date: '2026-12-04', changes: [], corrections: ['a#p1-c1'] };
		expect(listedCorrections(release, articles)).toEqual([{ slug: 'a', ...c }]);
		expect(listedCorrections({ ...release, corrections: ['b#p1-c1'] }, articles)).toEqual([]);
		expect(() => listedCorrections({ ...release, corrections: ['a#p1-c2'] }, articles)).toThrow('src/data/edition.json: release 9.0.0 lists the correction "a#p1-c2", which no article has.');
	});
});
