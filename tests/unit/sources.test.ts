import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The text is sacred: the Markdown sources must hold every character of the verbatim source file,
// in order, each paragraph exactly once. The source file is kept under tests/fixtures/source/.
const source = readFileSync(new URL('../fixtures/source/000_9fe5e06e1cbca207.txt', import.meta.url), 'utf8');
const folder = new URL('../../content/1955-01-09-national-handicraft-work-conference/', import.meta.url);
const body = (file: string) => readFileSync(new URL(file, folder), 'utf8').split(/^---$/m)[2]!.trim();
const frontMatter = (file: string) => readFileSync(new URL(file, folder), 'utf8').split(/^---$/m)[1]!;

const [english, chinese] = source.split('Original:') as [string, string];
// English: the paragraphs between the "Page: 1" line and the <hr />.
const sourceEnglish = english.split(/^Page: 1$/m)[1]!.split('<hr />')[0]!.trim().split(/\n\s*\n/).map((p) => p.trim());
// Chinese: the lines after "专栏：", indented by the source; the first is the headline.
const [sourceHeadline, ...sourceChinese] = chinese.split('专栏：')[1]!.split('\n').map((l) => l.trim()).filter(Boolean) as [string, ...string[]];

describe('transcription of 000_9fe5e06e1cbca207.txt', () => {
	it('has the six paragraphs of each language', () => {
		expect(sourceEnglish).toHaveLength(6);
		expect(sourceChinese).toHaveLength(6);
	});

	it('the Chinese Markdown equals the source paragraphs, character for character', () => {
		expect(body('zh.md').split('\n\n')).toEqual(sourceChinese);
	});

	it('the English Markdown equals the source paragraphs, character for character', () => {
		expect(body('en.md').split('\n\n')).toEqual(sourceEnglish);
	});

	it('the headlines in front matter are the source headlines', () => {
		expect(frontMatter('zh.md')).toContain(`\ntitle: ${sourceHeadline}\n`);
		const englishTitle = /^Title: (.*)$/m.exec(english)![1]!;
		expect(frontMatter('en.md')).toContain(`\ntitle: ${englishTitle}\n`);
	});

	it('keeps the characters the issue names', () => {
		const zh = body('zh.md');
		for (const s of ['【本报讯】', '一九五五年', '“积极领导、稳步前进”', '（组）', '；', '：']) expect(zh).toContain(s);
	});

	it('every article folder holds zh.md and en.md, and besides them only its optional notes.yaml, corrections.yaml, word-links.yaml and alignment.yaml', () => {
		const root = new URL('../../content/', import.meta.url);
		const optional = new Set(['notes.yaml', 'corrections.yaml', 'word-links.yaml', 'alignment.yaml']);
		for (const entry of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
			const files = readdirSync(new URL(`${entry.name}/`, root)).filter((f) => !optional.has(f)).sort();
			expect(files, entry.name).toEqual(['en.md', 'zh.md']);
		}
	});
});
