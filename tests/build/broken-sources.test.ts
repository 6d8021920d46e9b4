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
	// Sentence pairing runs on the paragraphs as the build assembles them (asked for by issue #11); in
	// strict mode (EDITION_STRICT=1) an unpaired paragraph is an error (without it: see below).
	'sentence-mismatch': [
		/Sentence counts differ in ¶2: .*test-article\/zh\.md has 1 sentence, .*test-article\/en\.md has 2:/,
		/zh 1: 第二段。/,
		/en 2: The translator added a sentence\./,
		/Fix: /,
		/EDITION_STRICT=1: nothing was published/,
		/1 problem in 1 file; nothing was published\./,
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
			const result = await buildEdition(broken(name), { env: { EDITION_STRICT: '1' } });
			expect(result.code, result.output).not.toBe(0);
			for (const message of messages) expect(result.output).toMatch(message);
			// Nothing published half-way: no page of the broken edition exists.
			const pages = existsSync(result.outDir) ? readdirSync(result.outDir, { recursive: true }).filter((f) => String(f).endsWith('.html')) : [];
			expect(pages).toEqual([]);
		});
	}
});

describe('a corpus that always builds', () => {
	it.concurrent('an unpaired paragraph is published by paragraph, without sentence anchors, with a warning and a count', async ({ expect }) => {
		const result = await buildEdition(broken('sentence-mismatch'), { env: { EDITION_STRICT: '0' } });
		expect(result.code, result.output).toBe(0);
		expect(result.output).toMatch(/warning: .*test-article\/zh\.md: ¶2 is published by paragraph, without sentence anchors: .*zh\.md has 1 sentence, .*en\.md has 2\. Fix: .*npm run align -- test-article --write/);
		expect(result.output).toMatch(/1 paragraph in 1 article published by paragraph, without sentence anchors/);
		const page = readFileSync(join(result.outDir, 'articles/test-article/index.html'), 'utf8');
		// ¶2: one block per language, named by the paragraph, no sentence anchor; ¶1 keeps its segment.
		expect(page).toMatch(/<span data-seg="p2" lang="zh-Hans">第二段。<\/span>/);
		expect(page).not.toMatch(/p2-s\d/);
		expect(page).toMatch(/id="p1-s1"/);
		const segments = JSON.parse(readFileSync(join(result.outDir, 'articles/test-article/segments.json'), 'utf8'));
		expect(segments.map((s: { id: string; segment: number | null; aligned?: string }) => [s.id, s.segment, s.aligned])).toEqual([
			['p1-s1', 1, undefined],
			['p2', null, 'paragraph'],
			['p3-s1', 1, undefined],
		]);
		expect(readFileSync(join(result.outDir, 'articles/test-article/segments.tmx'), 'utf8')).toContain('<tu tuid="p2" segtype="paragraph">');
		const anchors = JSON.parse(readFileSync(join(result.outDir, 'anchors.json'), 'utf8'));
		expect(JSON.stringify(anchors)).not.toMatch(/p2-s/);
	});
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
