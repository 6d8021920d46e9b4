import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.ts';
import { checkAlignment, pairSentences, type SourcePair } from '../../src/lib/paragraph/pairing.ts';
import { SourceError } from '../../src/lib/errors.ts';
import { readAlignmentFile } from '../../src/lib/paragraph/alignment-file.ts';
import { entryLine, galeChurch, groupSentences } from '../../src/lib/paragraph/alignment.ts';
import { alignmentSchema } from '../../src/lib/schema.ts';

const raw = 'paragraphs:\n  - paragraph: 2\n    segments:\n      - zh: [1]\n        en: [1, 2]\n';
const alignment = { file: 'content/a/alignment.yaml', raw, paragraphs: [{ paragraph: 2, segments: [{ zh: [1], en: [1, 2] }] }] };
const pair = (n: number, zh: string, en: string): SourcePair => ({ n, id: `p${n}`, original: { html: '', text: zh }, translation: { html: '', text: en } });
const files = { zh: 'content/a/zh.md', en: 'content/a/en.md' };

describe('the alignment file', () => {
	it('is checked by its schema: paragraph numbers, and sentence numbers as non-empty lists', () => {
		expect(alignmentSchema.safeParse({ paragraphs: [{ paragraph: 2, segments: [{ zh: [1], en: [1, 2] }] }] }).success).toBe(true);
		expect(alignmentSchema.safeParse({ paragraphs: [{ paragraph: 2, segments: [{ zh: [], en: [1] }] }] }).success).toBe(false);
		expect(alignmentSchema.safeParse({ paragraphs: [{ paragraph: 0, segments: [{ zh: [1], en: [1] }] }] }).success).toBe(false);
		expect(alignmentSchema.safeParse({ paragraphs: [{ paragraph: 2, segments: [{ zh: [1], en: [1], extra: 1 }] }] }).success).toBe(false);
		expect(alignmentSchema.safeParse({ paragraphs: [{ paragraph: 2, reviewed: false, segments: [{ zh: [1], en: [1] }] }] }).success).toBe(true);
		expect(alignmentSchema.safeParse({ paragraphs: [{ paragraph: 2, reviewed: 'no', segments: [{ zh: [1], en: [1] }] }] }).success).toBe(false);
	});

	it('groups a paragraph’s sentences into segments, and others pair one to one', () => {
		expect(pairSentences(pair(2, '第二段。', 'Second. Two.'), files, alignment)).toEqual({ segments: { zh: ['第二段。'], en: ['Second. Two.'] } });
		expect(pairSentences(pair(1, '一。二。', 'One. Two.'), files, alignment)).toEqual({ segments: { zh: ['一。', '二。'], en: ['One. ', 'Two.'] } });
	});

	it('must take every sentence once, in order, or fails naming the file and line', () => {
		const sentences = { zh: ['一。', '二。'], en: ['One. ', 'Two. ', 'Three.'] };
		expect(groupSentences(sentences, [{ zh: [1], en: [1] }, { zh: [2], en: [2, 3] }], 'f:3')).toEqual({ zh: ['一。', '二。'], en: ['One. ', 'Two. Three.'] });
		expect(() => groupSentences(sentences, [{ zh: [1, 2], en: [1, 3] }], 'f:3')).toThrow(
			'f:3: the English sentence numbers of the groups, in order, are [1, 3]; they must be [1, 2, 3]. Fix: list every sentence once, in order',
		);
		expect(() => pairSentences(pair(2, '第二段。第三句。', 'Second. Two.'), files, alignment)).toThrow(/content\/a\/alignment\.yaml:2 \(¶2\): the Chinese sentence numbers/);
		expect(entryLine(raw, 2)).toBe(2);
	});

	it('may name only paragraphs the article has, each once', () => {
		expect(() => checkAlignment(alignment, 1)).toThrow('content/a/alignment.yaml:2: the article has no paragraph 2. Fix: give a paragraph number from 1 to 1.');
		expect(() => checkAlignment({ ...alignment, paragraphs: [...alignment.paragraphs, ...alignment.paragraphs] }, 3)).toThrow(SourceError);
	});

	it('is what the mismatch error points to', () => {
		expect(pairSentences(pair(2, '第二段。', 'Second. Two.'), files).unpaired?.message).toMatch(/Fix: if the translation merges or splits sentences, group them for ¶2 in content\/a\/alignment\.yaml \(`npm run align -- a --write`/);
	});
});

describe('Gale–Church', () => {
	it('pairs sentences of matching lengths, and groups a split sentence with its original', () => {
		const zh = ['短句。', '这是一个比较长的句子，有很多很多的字。', '再见。'];
		const en = ['A short one. ', 'This is a rather long sentence, ', 'and it goes on with many more words. ', 'Goodbye.'];
		expect(galeChurch(zh, en, 2.5)).toEqual([
			{ zh: [1], en: [1] },
			{ zh: [2], en: [2, 3] },
			{ zh: [3], en: [4] },
		]);
	});

	it('merges two short sentences translated as one', () => {
		expect(galeChurch(['会议开幕。', '朱德到会。', '会议讨论了生产任务和计划。'], ['The conference opened, and Zhu De attended. ', 'It discussed the production tasks and plans.'], 2.5)).toEqual([
			{ zh: [1, 2], en: [1] },
			{ zh: [3], en: [2] },
		]);
	});
});

describe('reading an alignment file', () => {
	const folder = (text: string) => {
		const dir = tempDir('alignment-');
		writeFileSync(join(dir, 'alignment.yaml'), text);
		return dir;
	};

	it('reads the groups, and is absent when the article has none', () => {
		expect(readAlignmentFile(folder(raw))?.paragraphs).toEqual(alignment.paragraphs);
		expect(readAlignmentFile(tempDir('alignment-'))).toBeUndefined();
	});

	it('names the file and the line of a schema problem', () => {
		const text = 'paragraphs:\n  - paragraph: 2\n    segments:\n      - zh: [1]\n        en: []\n';
		expect(() => readAlignmentFile(folder(text))).toThrow(/alignment\.yaml:5: paragraphs\.0\.segments\.0\.en: .*Fix: see the example of an alignment file in docs\/segments\.md/);
	});

	it('names the file and the line of a YAML syntax error', () => {
		expect(() => readAlignmentFile(folder('paragraphs:\n  - paragraph: 2\n    segments: [zh: [1\n'))).toThrow(/alignment\.yaml:\d+: .*Fix: write valid YAML/);
	});
});
