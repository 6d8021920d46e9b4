import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../support/build.ts';

// Each folder under tests/fixtures/broken/ is the content/ of a small edition with one fault that
// only a whole build can show: bytes read from disk, folder names on the file system, Astro's own
// schema report, the committed manifest. Its build must fail, name the file, the problem and the
// fix, and publish no page. The checks behind every other message (paragraph counts, partners,
// slugs, notes, glossary, Markdown problems, dates) are proven without a build in tests/unit/.
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const broken = (name: string) => join(fixtures, 'broken', name, 'content');

const expectations: Record<string, RegExp[]> = {
	'mistyped-field': [/test-article\/zh\.md/, /page.*must be the page number as a whole number/],
	'invalid-utf8': [/test-article\/zh\.md:16:3 The file is not valid UTF-8/, /Fix: Save the file as UTF-8/],
	'duplicate-slug': [/"Test-Article" is not a valid article slug/],
	// Sentence pairing runs on the paragraphs as the build assembles them (asked for by issue #11).
	'sentence-mismatch': [
		/Sentence counts differ in ¶2: .*test-article\/zh\.md has 1 sentence, .*test-article\/en\.md has 2:/,
		/zh 1: 第二段。/,
		/en 2: The translator added a sentence\./,
		/Fix: /,
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

	// The builds are separate processes: run them side by side.
	for (const [name, messages] of Object.entries(expectations)) {
		it.concurrent(name, async ({ expect }) => {
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
	it.concurrent('a valid small article builds, with its manifest and its alignment file', async ({ expect }) => {
		const result = await buildEdition(join(fixtures, 'valid-article', 'content'));
		expect(result.code, result.output).toBe(0);
		const page = readFileSync(join(result.outDir, 'articles/test-article/index.html'), 'utf8');
		// alignment.yaml groups the two English sentences of ¶2 with its one Chinese sentence.
		expect(page).toContain('<span data-seg="p2-s1" lang="en">Second paragraph. The translator split it in two.</span>');
		expect(page).not.toContain('p2-s2');
	});
});
