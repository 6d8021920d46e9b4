// npm run check:editions: the editor's checklist, article by article: imported, sentence pairs, notes,
// corrections, anchors published, in the changelog; the pairs and anchors from the last build.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { readManifest } from '../lib/anchor-manifest-file.ts';
import { CHANGELOG_FILE, releaseListing, unpublishedAnchors } from '../lib/checklist.ts';
import { lastBuild, NO_BUILD } from '../lib/last-build.ts';
import type { Release } from '../lib/releases.ts';
import { settings } from '../lib/settings.ts';

// The changelog as a plain file (releases.ts imports it the way only the build's bundler reads).
const changelog = (JSON.parse(readFileSync(new URL('../data/edition.json', import.meta.url), 'utf8')) as { changelog: Release[] }).changelog;
const content = settings().contentDir;
const build = lastBuild();
const shown = (path: string) => relative(process.cwd(), path) || '.';
const manifest = readManifest(join(content, 'anchors.json'));
const built = build ? readManifest(join(build, 'anchors.json')) : { articles: {} };
const builtAt = build ? statSync(join(build, 'anchors.json')).mtimeMs : 0;

/** The entries of an optional YAML file: a list, or the one list its top level holds (notes:, corrections:). */
function entries(file: string): number {
	if (!existsSync(file)) return 0;
	const data: unknown = parse(readFileSync(file, 'utf8'));
	const list = Array.isArray(data) ? data : Object.values((data ?? {}) as object).find(Array.isArray);
	return list?.length ?? 0;
}

/** An article's sentence pairs and paragraphs published by paragraph, as its build's segments.json gives them. */
function pairs(slug: string): string {
	const file = build && join(build, 'articles', slug, 'segments.json');
	if (!file || !existsSync(file)) return `not in the last build: ${build ? `${shown(build)}/ does not hold it` : NO_BUILD}`;
	const segments = JSON.parse(readFileSync(file, 'utf8')) as { aligned?: string }[];
	const unpaired = segments.filter((s) => s.aligned === 'paragraph').length;
	return `${segments.length - unpaired}${unpaired ? `; ${unpaired} paragraph${unpaired === 1 ? '' : 's'} published by paragraph (npm run align -- ${slug} --write)` : ', every paragraph paired'}`;
}

const slugs = readdirSync(content, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
console.log(build ? `The editor's checklist, the pairs and anchors from the build in ${shown(build)}/:` : `The editor's checklist (${NO_BUILD})`);
let left = 0;
for (const slug of slugs) {
	const folder = join(content, slug);
	const missing = ['zh.md', 'en.md'].filter((f) => !existsSync(join(folder, f)));
	const stale = readdirSync(folder).some((f) => statSync(join(folder, f)).mtimeMs > builtAt);
	const publishes = built.articles[slug];
	const unpublished = publishes ? unpublishedAnchors(manifest, slug, publishes) : [];
	const release = releaseListing(slug, changelog);
	const anchors = !publishes ? 'not in the last build' : unpublished.length ? `${Object.keys(publishes).length - unpublished.length} of ${Object.keys(publishes).length} published (npm run anchors:publish)` : `all ${Object.keys(publishes).length} published`;
	if (missing.length || !publishes || unpublished.length || !release) left++;
	console.log(
		[
			`\n${slug}${stale && build ? ' (changed since the last build: run npm start again)' : ''}`,
			`  imported        ${missing.length ? `no: ${missing.join(' and ')} missing (npm run import)` : 'zh.md, en.md'}`,
			`  sentence pairs  ${pairs(slug)}`,
			`  notes           ${entries(join(folder, 'notes.yaml'))}`,
			`  corrections     ${entries(join(folder, 'corrections.yaml'))}`,
			`  anchors         ${anchors}`,
			`  changelog       ${release ? `release ${release.version} (${release.date})` : `no release lists it (${CHANGELOG_FILE})`}`,
		].join('\n'),
	);
}
console.log(`\n${slugs.length} article${slugs.length === 1 ? '' : 's'}; ${left ? `${left} with steps left` : 'every step done'}.`);
