import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAlignmentFile } from '../../src/lib/paragraph/alignment-file.ts';
import { attachWordLinks } from '../../src/lib/paragraph/layers/word-links.ts';
import { sourceArticle } from '../../src/lib/paragraph/source-folder.ts';
import { tempDir } from './temp-dir.ts';
import { sourceArticles } from '../support/sources.ts';

// npm run align: the editor's way through a corpus's unpaired paragraphs (docs/segments.md, Unpaired paragraphs).
const fixture = new URL('../fixtures/broken/sentence-mismatch/content/', import.meta.url).pathname;
const tool = new URL('../../src/tools/align.ts', import.meta.url).pathname;

function align(content: string, ...args: string[]) {
	return spawnSync(process.execPath, [tool, ...args], { env: { ...process.env, EDITION_CONTENT_DIR: content }, encoding: 'utf8' });
}

describe('npm run align', () => {
	it('--list names every paragraph published by paragraph, and why', () => {
		const content = tempDir('align-');
		cpSync(fixture, content, { recursive: true });
		const listed = align(content, '--list');
		expect(listed.status).toBe(0);
		expect(listed.stdout).toContain('test-article ¶2: 1 Chinese and 2 English sentences; no groups');
		expect(listed.stdout).toContain('1 paragraph published by paragraph');
	});

	it('--write adds the proposal marked reviewed: false, keeping the editor’s entries; --list then says it awaits review', () => {
		const content = tempDir('align-');
		cpSync(fixture, content, { recursive: true });
		const folder = join(content, 'test-article');
		// An editor's file with a comment and a reviewed entry for ¶3 (one to one, so harmless).
		const mine = '# Reviewed by hand.\nparagraphs:\n  - paragraph: 3\n    segments:\n      - zh: [1]\n        en: [1]\n';
		writeFileSync(join(folder, 'alignment.yaml'), mine);
		const written = align(content, 'test-article', '--write');
		expect(written.status, written.stderr).toBe(0);
		expect(written.stdout).toMatch(/groups for ¶2 added, each marked reviewed: false/);
		const text = readFileSync(join(folder, 'alignment.yaml'), 'utf8');
		expect(text.startsWith(mine)).toBe(true);
		expect(readAlignmentFile(folder)!.paragraphs).toEqual([
			{ paragraph: 3, segments: [{ zh: [1], en: [1] }] },
			{ paragraph: 2, reviewed: false, segments: [{ zh: [1], en: [1, 2] }] },
		]);
		expect(align(content, '--list').stdout).toContain('test-article ¶2: 1 Chinese and 2 English sentences; groups await review');
		// Run again: nothing more to propose.
		expect(align(content, 'test-article', '--write').stdout).toMatch(/nothing to propose/);
	});

	it('--words --write proposes links for the segments the file lacks, marked reviewed: false, keeping the editor’s; they place as the build places them', () => {
		const content = tempDir('align-words-');
		cpSync(new URL('../../content/', import.meta.url).pathname, content, { recursive: true });
		const slug = sourceArticles()[0]!.slug;
		const folder = join(content, slug);
		// The editor has reviewed p1-s1 only, with a comment.
		const reviewed = readFileSync(join(folder, 'word-links.yaml'), 'utf8');
		const mine = reviewed.slice(0, reviewed.indexOf('  - segment: p1-s2'));
		writeFileSync(join(folder, 'word-links.yaml'), mine);
		const written = align(content, slug, '--words', '--write');
		expect(written.status, written.stderr).toBe(0);
		expect(written.stdout).toMatch(/links for 22 segments added, each marked reviewed: false/);
		const text = readFileSync(join(folder, 'word-links.yaml'), 'utf8');
		expect(text.startsWith(mine.trimEnd())).toBe(true);
		const article = sourceArticle(folder, slug)!;
		// Awaiting review: not published, each named; strict: an error.
		const { links, unreviewed } = attachWordLinks(article);
		expect(new Set(links.map((l) => l.segment))).toEqual(new Set(['p1-s1']));
		expect(unreviewed).toHaveLength(22);
		expect(() => attachWordLinks(article, true)).toThrow(/await review/);
		// Reviewed as proposed, every link places in its sentence.
		writeFileSync(join(folder, 'word-links.yaml'), text.replaceAll('reviewed: false', 'reviewed: true'));
		expect(attachWordLinks(article).links.length).toBeGreaterThan(250);
		// Run again: nothing more to propose.
		expect(align(content, slug, '--words').stdout).toMatch(/nothing to propose/);
		// A file the build would reject is fixed first: nothing is proposed or written.
		const broken = mine.replace(/en: \[[^\]]*\]/, 'en: [no such words]');
		writeFileSync(join(folder, 'word-links.yaml'), broken);
		const refused = align(content, slug, '--words', '--write');
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/word-links\.yaml:\d+: p1-s1, link 1: in the English of the segment, “no such words” does not occur[^]*nothing was proposed; fix the file first/);
		expect(readFileSync(join(folder, 'word-links.yaml'), 'utf8')).toBe(broken);
	});
});
