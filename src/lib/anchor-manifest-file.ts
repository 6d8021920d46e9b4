// Reads an anchor manifest file at build time or from a tool (Node only; anchors.ts also runs in the browser).
import { existsSync, readFileSync } from 'node:fs';
import type { AnchorManifest } from './anchors.ts';
import { SourceError } from './errors.ts';

/**
 * Reads an anchor manifest (the committed one, or a build's `anchors.json`); a file that does not
 * exist is an empty manifest. `shown` is the path messages name. Fails naming the file and the fix.
 */
export function readManifest(file: string, shown: string = file): AnchorManifest {
	if (!existsSync(file)) return { articles: {} };
	try {
		const manifest = JSON.parse(readFileSync(file, 'utf8')) as AnchorManifest;
		if (!manifest || typeof manifest.articles !== 'object') throw new Error('it has no "articles" object');
		return manifest;
	} catch (error) {
		throw new SourceError(`${shown}: the anchor manifest cannot be read: ${(error as Error).message}. Fix: restore it from version control.`);
	}
}
