// The throwaway sites the browser specs read besides dist/: the hostile-text edition and twenty
// synthetic articles, built side by side. Their folders are handed on in the environment.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEdition } from './build.ts';
import { writeSyntheticEdition } from './synthetic.ts';

/** Builds both sites unless the environment already names them, and names them there. */
export async function buildTestSites(): Promise<void> {
	if (process.env.EDITION_HOSTILE_DIST && process.env.EDITION_SCALE_DIST && process.env.EDITION_SCALE_ARTICLES) return;
	const scaleContent = join(mkdtempSync(join(tmpdir(), 'edition-20-')), 'content');
	const articles = writeSyntheticEdition(scaleContent, 20);
	const [hostile, scale] = await Promise.all([
		buildEdition(new URL('../fixtures/hostile/inert/content', import.meta.url).pathname),
		buildEdition(scaleContent),
	]);
	for (const [name, result] of [['hostile-text', hostile], ['twenty-article', scale]] as const) {
		if (result.code !== 0) throw new Error(`The ${name} test site failed to build:\n${result.output}`);
	}
	process.env.EDITION_HOSTILE_DIST = hostile.outDir;
	process.env.EDITION_SCALE_DIST = scale.outDir;
	process.env.EDITION_SCALE_ARTICLES = JSON.stringify(articles);
}
