import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAlignmentFile } from '../../src/lib/paragraph/alignment-file.ts';
import { tempDir } from './temp-dir.ts';

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
});
