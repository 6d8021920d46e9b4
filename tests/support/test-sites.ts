// The throwaway sites the browser specs read besides dist/: twenty synthetic articles, and an edition
// in two shards (the real article under /shards/a/; three synthetic ones and the hostile-text article
// under /shards/b/; each merging the other's search), built side by side. Their folders are handed
// on in the environment. (The hostile-text article had a site of its own until December 2026: in
// shard B it is read under a sub-path too, and the run makes one Astro build fewer.)
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { buildEdition, scratchContent } from './build.ts';
import { writeSyntheticEdition } from './synthetic.ts';

/** Builds the sites unless the environment already names them, and names them there. */
export async function buildTestSites(): Promise<void> {
	if (process.env.EDITION_SCALE_DIST && process.env.EDITION_SCALE_ARTICLES && process.env.EDITION_SHARD_A_DIST && process.env.EDITION_SHARD_B_DIST && process.env.EDITION_SHARD_B_ARTICLES) return;
	const scaleContent = scratchContent('20');
	const articles = writeSyntheticEdition(scaleContent, 20);
	const shardContent = scratchContent('shard');
	const shardArticles = writeSyntheticEdition(shardContent, 3, 1956);
	cpSync(new URL('../fixtures/hostile/inert/content/inert-article', import.meta.url).pathname, join(shardContent, 'inert-article'), { recursive: true });
	// The synthetic articles are in no changelog and publish no anchors, which strict mode would refuse
	// (src/lib/checklist.ts); they are built without it, and must still pair every sentence.
	const synthetic = { EDITION_STRICT: '0' };
	const [scale, shardA, shardB] = await Promise.all([
		buildEdition(scaleContent, { env: synthetic }),
		buildEdition(new URL('../../content', import.meta.url).pathname, { base: '/shards/a/', env: { SEARCH_SHARDS: '/shards/a/,/shards/b/' } }),
		buildEdition(shardContent, { base: '/shards/b/', env: { SEARCH_SHARDS: '/shards/a/,/shards/b/', ...synthetic } }),
	]);
	for (const [name, result] of [['twenty-article', scale], ['shard A', shardA], ['shard B', shardB]] as const) {
		if (result.code !== 0) throw new Error(`The ${name} test site failed to build:\n${result.output}`);
		if (/published by paragraph/.test(result.output)) throw new Error(`The ${name} test site has a paragraph published by paragraph:\n${result.output}`);
	}
	process.env.EDITION_SCALE_DIST = scale.outDir;
	process.env.EDITION_SCALE_ARTICLES = JSON.stringify(articles);
	process.env.EDITION_SHARD_A_DIST = shardA.outDir;
	process.env.EDITION_SHARD_B_DIST = shardB.outDir;
	process.env.EDITION_SHARD_B_ARTICLES = JSON.stringify(shardArticles);
}
