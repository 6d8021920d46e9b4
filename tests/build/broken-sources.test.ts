import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../support/build.ts';

// Each folder under tests/fixtures/broken/ is the content/ of a small edition with one fault. Its build
// must fail, name the file, the problem and the fix, and publish no page.
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const broken = (name: string) => join(fixtures, 'broken', name, 'content');

const expectations: Record<string, RegExp[]> = {
	'count-mismatch': [/Paragraph counts differ: .*test-article\/zh\.md has 3 paragraphs, .*test-article\/en\.md has 2/, /Fix:/],
	'missing-translation': [/test-article\/zh\.md: the article has no English translation\. Fix: add .*test-article\/en\.md/],
	'missing-original': [/test-article\/en\.md: the translation has no Chinese original\. Fix: add .*test-article\/zh\.md/],
	'missing-field': [/test-article\/zh\.md/, /title.*must be the headline as printed/],
	'mistyped-field': [/test-article\/zh\.md/, /page.*must be the page number as a whole number/],
	'bad-date': [/test-article\/zh\.md:4:7 1955-13-45 is not a calendar date\. Fix: Write a date that exists/],
	'empty-file': [/test-article\/en\.md/, /language.*must be en/, /title.*must be the translated headline/],
	'empty-text': [/test-article\/en\.md:1:1 The file has no text/, /Fix: Write the text below the front matter/],
	'invalid-utf8': [/test-article\/zh\.md:16:3 The file is not valid UTF-8/, /Fix: Save the file as UTF-8/],
	'stray-html': [/test-article\/en\.md:11:1 Found html where a paragraph was expected/, /Fix: Raw HTML is not allowed/],
	'soft-wrapped': [/test-article\/zh\.md:14:1 A paragraph continues on the next line/, /Fix: Join the lines/],
	'bad-slug': [/"Test_Article" is not a valid article slug/, /Fix: rename the folder/],
	'duplicate-slug': [/"Test-Article" is not a valid article slug/],
	'note-phrase-missing': [
		/test-article\/notes\.yaml: note 2 \(¶3\): the phrase “第四段” does not occur in the Chinese of ¶3\. Fix: copy the phrase exactly/,
		/test-article\/notes\.yaml: note 3 \(¶9\): the article has no paragraph 9\. Fix: give a paragraph number from 1 to 3\./,
	],
	'glossary-term-missing': [
		/glossary\.yaml: entry "fourth": “第四段” does not occur in any original\. Fix: copy the Chinese form exactly/,
		/glossary\.yaml: entry "fourth": “Fourth paragraph” does not occur as words in any translation\./,
		/glossary\.yaml: entry "first": the id is used twice\./,
		/glossary\.yaml: entry "first": “second paragraph” does not occur as words in any translation\./,
	],
	'paragraph-removed': [
		/Published anchors would break/,
		/test-article#p2: moved; it was "第二段。" \/ "Second paragraph\.", now "第三段。" \/ "Third paragraph\."/,
		/test-article#p3: the anchor is gone/,
		/Fix: restore the paragraphs/,
	],
};

describe('a broken source fails the build with a clear message', () => {
	it('has an expectation for every fixture', () => {
		expect(readdirSync(join(fixtures, 'broken')).sort()).toEqual(Object.keys(expectations).sort());
	});

	for (const [name, messages] of Object.entries(expectations)) {
		it(name, async () => {
			const result = await buildEdition(broken(name));
			expect(result.code, result.output).not.toBe(0);
			for (const message of messages) expect(result.output).toMatch(message);
			// Nothing published half-way: no page of the broken edition exists.
			const pages = existsSync(result.outDir) ? readdirSync(result.outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')) : [];
			expect(pages).toEqual([]);
		});
	}
});

describe('the control case', () => {
	it('a valid small article builds, with its manifest', async () => {
		const result = await buildEdition(join(fixtures, 'valid-article', 'content'));
		expect(result.code, result.output).toBe(0);
		expect(existsSync(join(result.outDir, 'articles/test-article/index.html'))).toBe(true);
	});
});
