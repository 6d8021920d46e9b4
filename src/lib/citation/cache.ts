// Citations citeproc rendered in earlier builds, kept in the build's cache folder: a rebuild renders
// again only what changed.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../settings.ts';

/** The build's cache folder's citations (Astro's cacheDir: EDITION_CACHE_DIR, or node_modules/.astro). */
const folder = settings().citationCacheDir;

/**
 * The value `make` returns for the key whose digest (keyDigest) is `digest`, from the cache when an
 * earlier build made it. The key must hold everything the value depends on (here: the style's and
 * locale's text, citeproc's version, the items and the citations asked for), so that a changed input
 * is a new key, never a stale value.
 */
export function cachedRendering<T>(digest: string, make: () => T): T {
	const file = join(folder, `${digest}.json`);
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		// Not made yet (or unreadable): made now, and kept for the next build.
	}
	const value = make();
	mkdirSync(folder, { recursive: true });
	// Written whole or not at all, so a build stopped midway leaves no half file for the next.
	const partial = `${file}.${process.pid}.partial`;
	writeFileSync(partial, JSON.stringify(value));
	renameSync(partial, file);
	return value;
}

/** A key's digest: its kept file's name, and the name the build's renderings go by. */
export function keyDigest(key: unknown): string {
	return createHash('sha256').update(JSON.stringify(key)).digest('hex');
}
