// Records the anchors of the last build (its anchors.json; see last-build.ts) in the committed
// manifest (content/anchors.json), adding new ones and never changing one already published.
// Usage: npm start (or a deploy build), then npm run anchors:publish.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readManifest } from '../lib/anchor-manifest-file.ts';
import { publishAnchors, type AnchorManifest } from '../lib/anchors.ts';
import { lastBuild, NO_BUILD } from '../lib/last-build.ts';
import { settings } from '../lib/settings.ts';
import { jsonText } from '../lib/json-text.ts';

const build = lastBuild();
if (!build) {
	console.error(NO_BUILD);
	process.exit(1);
}
const manifestFile = join(settings().contentDir, 'anchors.json');
const before = readManifest(manifestFile);
const after = publishAnchors(before, readManifest(join(build, 'anchors.json')));
const count = (m: AnchorManifest) => Object.values(m.articles).reduce((n, a) => n + Object.keys(a).length, 0);
writeFileSync(manifestFile, jsonText(after));
console.log(`${relative(process.cwd(), manifestFile)}: ${count(after)} published anchors (${count(after) - count(before)} new), from the build in ${relative(process.cwd(), build) || '.'}/.`);
