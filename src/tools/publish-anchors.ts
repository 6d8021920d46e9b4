// Records the anchors of the last build (the newer of dist/anchors.json and .preview/anchors.json,
// which npm start builds) in the committed manifest (content/anchors.json), adding new ones and
// never changing one already published. Usage: npm start (or a deploy build), then npm run anchors:publish.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readManifest } from '../lib/anchor-manifest-file.ts';
import { publishAnchors, type AnchorManifest } from '../lib/anchors.ts';
import { PREVIEW_DIR, settings } from '../lib/settings.ts';

const builds = [settings().outDir, PREVIEW_DIR].map((dir) => resolve(dir, 'anchors.json')).filter((file) => existsSync(file));
const built = builds.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const manifestFile = join(settings().contentDir, 'anchors.json');
if (!built) {
	console.error(`Neither ${settings().outDir} nor ${PREVIEW_DIR} holds a build (anchors.json). Fix: run "npm start" (or a deploy build) first.`);
	process.exit(1);
}
console.log(`The anchors of ${relative(process.cwd(), built)}:`);
const before = readManifest(manifestFile);
const after = publishAnchors(before, readManifest(built));
const count = (m: AnchorManifest) => Object.values(m.articles).reduce((n, a) => n + Object.keys(a).length, 0);
writeFileSync(manifestFile, JSON.stringify(after, null, '\t') + '\n');
console.log(`${manifestFile}: ${count(after)} published anchors (${count(after) - count(before)} new).`);
