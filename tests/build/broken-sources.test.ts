import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdition, scratchContent } from '../support/build.ts';

// Each folder under tests/fixtures/broken/ is the content/ of a small edition with one fault that
// only a whole build can show: bytes read from disk, folder names on the file system, Astro's own
// schema report, the committed manifest. Its build must fail, name the file, the problem and the
// fix, and publish no page. The checks behind every other message (paragraph counts, partners,
// slugs, notes, glossary, Markdown problems, dates) are proven without a build in tests/unit/.
// Faults the edition reports together (every article is checked before the build fails) are built
// as one edition, each fixture's article in a folder of its own: one build proves every message and
// that a build lists them all (four builds fewer per run than one per fixture).
const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const broken = (name: string) => join(fixtures, 'broken', name, 'content');

/** A content folder holding the given fixtures' article folders, each under the name given. */
function contentOf(articles: Record<string, string>): string {
	const content = scratchContent('broken');
	for (const [name, from] of Object.entries(articles)) cpSync(from, join(content, name), { recursive: true });
	return content;
}

/** The edition's problems read as its own messages, not as a crash: no stack trace, no internal location. */
const CRASH = /Stack trace|Location:|^\s+at \S|node_modules\/astro/m;

/** Nothing published half-way: no page of a failed edition exists. */
function pagesOf(outDir: string): string[] {
	return existsSync(outDir) ? readdirSync(outDir, { recursive: true }).map(String).filter((f) => f.endsWith('.html')) : [];
}

// The fixtures built together, each article under its fixture's name, and what the one build must say of each.
const together: Record<string, { folders: Record<string, string>; messages: (RegExp | string)[] }> = {
	'invalid-utf8': {
		folders: { 'invalid-utf8': join(broken('invalid-utf8'), 'test-article') },
		messages: [/invalid-utf8\/zh\.md:\n  - line 16, column 3: The file is not valid UTF-8/, /Fix: Save the file as UTF-8/],
	},
	'duplicate-slug': {
		folders: { 'Test-Article': join(broken('duplicate-slug'), 'Test-Article'), 'test-article': join(broken('duplicate-slug'), 'test-article') },
		messages: [/"Test-Article" is not a valid article slug/],
	},
	// Sentence pairing runs on the paragraphs as the build assembles them (asked for by issue #11); in
	// strict mode (EDITION_STRICT=1) an unpaired paragraph is an error (without it: see below).
	'sentence-mismatch': {
		folders: { 'sentence-mismatch': join(broken('sentence-mismatch'), 'test-article') },
		messages: [
			/sentence-mismatch\/zh\.md:\n  - Sentence counts differ in ¶2: zh\.md has 1 sentence, en\.md has 2:/,
			/group them for ¶2 in alignment\.yaml/,
			/zh 1: 第二段。/,
			/en 2: The translator added a sentence\./,
			/Fix: /,
			/EDITION_STRICT=1: nothing was published/,
		],
	},
	// Hostile Markdown (tests/fixtures/hostile/rejected/): each piece named with its file and line.
	'hostile/rejected': {
		folders: { 'hostile-article': join(fixtures, 'hostile/rejected/content/hostile-article') },
		// Under each file's heading, its problems by line and column, the file not named again.
		messages: [
			/hostile-article\/zh\.md:\n  - line 14, column 4: Raw HTML is not allowed.*\n  - line 14, column 23: .*\n  - line 16, column 4: Raw HTML is not allowed.*\n  - line 18, column 4: Link to "javascript:alert\('zh-link'\)" is not allowed/, // <script>, <img onerror>, a link
			/hostile-article\/en\.md:\n  - line 9, column 7: Raw HTML is not allowed.*\n  - line 9, column 41: .*\n  - line 11, column 1: Found html where a paragraph was expected.*\n  - line 13, column 7: Link to "JavaScript:alert\('en-link'\)" is not allowed/, // <b onclick>, <div onmouseover>, a link
		],
	},
};

// The fixtures whose fault stops a build before the others are checked, built alone.
const alone: Record<string, RegExp[]> = {
	'mistyped-field': [/test-article\/zh\.md/, /page.*must be the page number as a whole number/],
	// The manifest is checked once every article is assembled.
	'paragraph-removed': [
		/Published anchors would break/,
		/test-article#p2: moved; it was "第二段。" \/ "Second paragraph\.", now "第三段。" \/ "Third paragraph\."/,
		/test-article#p3: the anchor is gone/,
		/Fix: restore the paragraphs/,
	],
};

describe('a broken source fails the build with a clear message', () => {
	it('has an expectation for every fixture', () => {
		const named = [...Object.keys(together), ...Object.keys(alone)].filter((name) => !name.includes('/'));
		expect(readdirSync(join(fixtures, 'broken')).sort()).toEqual(named.sort());
	});

	// The builds are separate processes: run them side by side.
	it.concurrent('faults in several articles: one build names every one, in every file, publishes nothing and keeps the last good site', async ({ expect }) => {
		const content = contentOf(Object.assign({}, ...Object.values(together).map((t) => t.folders)));
		// The site a good build left where this one would publish (npm run build replaces it only on success).
		const outDir = join(dirname(content), 'dist');
		const lastGood = '<!doctype html><title>The last good build</title>';
		mkdirSync(outDir);
		writeFileSync(join(outDir, 'index.html'), lastGood);
		const result = await buildEdition(content, { env: { EDITION_STRICT: '1' }, outDir });
		expect(result.code, result.output).not.toBe(0);
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe(lastGood);
		expect(readdirSync(dirname(content)).sort()).toEqual(['content', 'dist']);
		expect(result.output).toContain(`${outDir} still holds the last good build`);
		expect(result.output).not.toMatch(CRASH);
		for (const [name, { messages }] of Object.entries(together)) {
			for (const message of messages) expect(result.output, name).toMatch(message);
		}
		// One count of them all: the invalid file, the slug, the sentences, the hostile pieces (eight: closing tags count).
		expect(result.output).toMatch(/11 problems in 5 files; nothing was published\./);
		expect(result.output).not.toMatch(/\[build\] Complete!/);
		expect(pagesOf(result.outDir)).toEqual(['index.html']);
	});

	for (const [name, messages] of Object.entries(alone)) {
		it.concurrent(name, async ({ expect }) => {
			const result = await buildEdition(broken(name), { env: { EDITION_STRICT: '1' } });
			expect(result.code, result.output).not.toBe(0);
			for (const message of messages) expect(result.output).toMatch(message);
			expect(result.output).not.toMatch(CRASH);
			expect(pagesOf(result.outDir)).toEqual([]);
		});
	}
});
