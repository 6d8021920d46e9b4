// Which build the editor's tools read: OUT_DIR when it is set, else the newer of dist/ (a deploy
// build) and .preview/ (what npm start built); either way one holding anchors.json, a finished build.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PREVIEW_DIR, settings } from './settings.ts';

/** The folder of the last finished build, or undefined when there is none. */
export function lastBuild(): string | undefined {
	const { outDir, outDirGiven } = settings();
	const folders = outDirGiven ? [outDir] : [outDir, PREVIEW_DIR];
	const built = folders.filter((dir) => existsSync(join(dir, 'anchors.json')));
	return built.sort((a, b) => statSync(join(b, 'anchors.json')).mtimeMs - statSync(join(a, 'anchors.json')).mtimeMs)[0];
}

/** Why there is no build to read, and the fix. */
export const NO_BUILD = `No finished build in dist/ or ${PREVIEW_DIR}/. Fix: run "npm start" (or a deploy build) first.`;
