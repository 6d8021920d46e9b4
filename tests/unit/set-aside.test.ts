// The previous build's DTS API set aside and deleted without the build waiting (src/lib/dts/set-aside.ts), on real folders.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { asideFolder, deleteAside, setAside, strayAsides } from '../../src/lib/dts/set-aside.ts';
import { tempDir } from './temp-dir.ts';

it('moves what exists aside under 0, 1, …, finds what earlier builds left, and deletes it in a process of its own', async () => {
	const root = tempDir('set-aside-');
	const outDir = join(root, 'dist');
	mkdirSync(join(outDir, 'api/dts'), { recursive: true });
	writeFileSync(join(outDir, 'api/dts/entry.json'), '{}');
	mkdirSync(`${outDir}.dts-api`);
	const aside = asideFolder(outDir);
	setAside([join(outDir, 'api/dts'), join(root, 'missing'), `${outDir}.dts-api`], aside);
	expect(existsSync(join(outDir, 'api/dts'))).toBe(false);
	expect(readdirSync(aside).sort()).toEqual(['0', '1']);
	expect(readFileSync(join(aside, '0/entry.json'), 'utf8')).toBe('{}');
	// A build that failed left its folder; this build's own is not a stray.
	const left = `${outDir}.dts-api-old-1-2`;
	mkdirSync(join(left, '0'), { recursive: true });
	mkdirSync(join(root, 'other.dts-api-old-1-2'));
	expect(strayAsides(`${outDir}/`, aside)).toEqual([left]);
	deleteAside([aside, left, join(root, 'missing')]);
	for (let i = 0; i < 100 && (existsSync(aside) || existsSync(left)); i++) await new Promise((r) => setTimeout(r, 50));
	expect([existsSync(aside), existsSync(left), existsSync(join(root, 'other.dts-api-old-1-2'))]).toEqual([false, false, true]);
});
