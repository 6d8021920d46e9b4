// Moves a previous build's DTS API out of the way at once, and deletes it once the build is done, without the build waiting for it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Moves each of `paths` that exists into the folder `aside` (made if need be; one a build, so that
 * no deletion of an earlier build's is under way in it), under a name of its own, so that nothing
 * of it is deleted while the build writes: deleting a tree of the API's size (680,000 files at 1000
 * articles) takes tens of seconds, and writing files just after deleting many is several times slower (on this ext4, mounted with `discard`: 61,826 files written in 1.3
 * to 1.7 s into a fresh folder, 7 to 24 s just after deleting as many; tests/bench/dts-rewrite-probe.ts).
 */
export function setAside(paths: string[], aside: string): void {
	for (const path of paths.filter((p) => existsSync(p))) {
		mkdirSync(aside, { recursive: true });
		renameSync(path, join(aside, String(readdirSync(aside).length)));
	}
}

/** Deletes the folder `aside` in a process of its own, at the lowest priority, that the build does not wait for. */
export function deleteAside(aside: string): void {
	if (!existsSync(aside)) return;
	spawn('nice', ['-n', '19', 'rm', '-rf', aside], { detached: true, stdio: 'ignore' }).unref();
}
