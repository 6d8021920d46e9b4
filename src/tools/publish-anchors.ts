// Records the anchors of the last build (dist/anchors.json) in the committed manifest
// (content/anchors.json), adding new ones and never changing one already published.
// Usage: SITE_URL=http://localhost:4321 npm run build && npm run anchors:publish (or npm start, then anchors:publish)
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readManifest } from '../lib/anchor-manifest-file.ts';
import { publishAnchors, type AnchorManifest } from '../lib/anchors.ts';
import { settings } from '../lib/settings.ts';

const built = resolve(settings().outDir, 'anchors.json');
const manifestFile = join(settings().contentDir, 'anchors.json');
if (!existsSync(built)) {
	console.error(`${built} does not exist. Fix: run "npm run build" first.`);
	process.exit(1);
}
const before = readManifest(manifestFile);
const after = publishAnchors(before, readManifest(built));
const count = (m: AnchorManifest) => Object.values(m.articles).reduce((n, a) => n + Object.keys(a).length, 0);
writeFileSync(manifestFile, JSON.stringify(after, null, '\t') + '\n');
console.log(`${manifestFile}: ${count(after)} published anchors (${count(after) - count(before)} new).`);
