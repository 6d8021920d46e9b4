// Moves a previous build's DTS API out of the way at once, and deletes it once the build is done, without the build waiting for it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { setPriority } from 'node:os';

/** The folder a build of `outDir` sets the previous API aside in: `<outDir>.dts-api-old-<pid>-<time>`, one a build. */
export function asideFolder(outDir: string): string {
	return `${outDir.replace(/[\\/]$/, '')}.dts-api-old-${process.pid}-${Date.now()}`;
}

/**
 * Moves each of `paths` that exists into the folder `aside` (made if need be), under a name of its
 * own (0, 1, …), so that nothing of it is deleted while the build writes: deleting a tree of the
 * API's size (680,000 files at 1000 articles) takes tens of seconds, and writing files just after
 * deleting many is several times slower (on this ext4, mounted with `discard`: 61,826 files written
 * in 1.3 to 1.7 s into a fresh folder, 7 to 24 s just after deleting as many;
 * tests/bench/dts-rewrite-probe.ts).
 */
export function setAside(paths: string[], aside: string): void {
	for (const path of paths.filter((p) => existsSync(p))) {
		mkdirSync(aside, { recursive: true });
		renameSync(path, join(aside, String(readdirSync(aside).length)));
	}
}

/**
 * The folders earlier builds of `outDir` set aside and did not delete (a build that failed or was
 * stopped), besides `except`.
 */
export function strayAsides(outDir: string, except: string): string[] {
	const parent = dirname(outDir.replace(/[\\/]$/, ''));
	const prefix = `${basename(outDir.replace(/[\\/]$/, ''))}.dts-api-old-`;
	if (!existsSync(parent)) return [];
	return readdirSync(parent)
		.filter((name) => name.startsWith(prefix))
		.map((name) => join(parent, name))
		.filter((path) => path !== except);
}

/**
 * Deletes the folders in a Node process of its own, at the lowest processor priority, that the build
 * does not wait for; a deletion that cannot start is left to the next build (strayAsides).
 */
export function deleteAside(folders: string[]): void {
	const existing = folders.filter((f) => existsSync(f));
	if (!existing.length) return;
	const child = spawn(process.execPath, ['-e', `for (const f of ${JSON.stringify(existing)}) require('node:fs').rmSync(f, { recursive: true, force: true });`], { detached: true, stdio: 'ignore' });
	child.on('error', () => undefined);
	if (child.pid !== undefined) {
		try {
			setPriority(child.pid, 19);
		} catch {}
	}
	child.unref();
}
