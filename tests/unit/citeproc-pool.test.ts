// citeproc in worker threads: the same citations as in the build's own thread, and failures that name their article.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { handicraftArticle } from './fixtures-article.ts';
import { tempDir } from './temp-dir.ts';

const CITED = 'https://example.org/articles/1955-01-09-national-handicraft-work-conference/';
const ACCESSED = '2026-11-26';

/** The citations module and the services registry, loaded afresh with their own cache folder. */
async function freshModules(cache: string) {
	vi.stubEnv('EDITION_CACHE_DIR', cache);
	vi.resetModules();
	return {
		citations: await import('../../src/lib/citation/citations.ts'),
		services: await import('../../src/lib/build-services.ts'),
		pool: await import('../../src/lib/citation/citeproc-pool.ts'),
	};
}

it('renders in worker threads exactly the citations the build renders in its own thread', async () => {
	const threaded = tempDir('edition-citeproc-pool-');
	const { citations, services, pool: poolModule } = await freshModules(threaded);
	const pool = new poolModule.CiteprocPool(2);
	const render = vi.spyOn(pool, 'render');
	services.provideBuildService('citeproc', pool);
	try {
		await citations.citationsReady(handicraftArticle, ACCESSED);
		const fromWorkers = [citations.citationsOf(handicraftArticle, CITED, ACCESSED), citations.citationsOf(handicraftArticle, `${CITED}#p3`, ACCESSED, 3)];
		// One job per style, each rendered by a worker, which keeps it in the build's cache.
		expect(render).toHaveBeenCalledTimes(4);
		expect(readdirSync(join(threaded, 'citations')).filter((f) => f.endsWith('.json'))).toHaveLength(4);

		services.provideBuildService('citeproc', undefined);
		const here = await freshModules(tempDir('edition-citeproc-here-'));
		const fromThisThread = [here.citations.citationsOf(handicraftArticle, CITED, ACCESSED), here.citations.citationsOf(handicraftArticle, `${CITED}#p3`, ACCESSED, 3)];
		expect(fromWorkers).toEqual(fromThisThread);
		expect(JSON.stringify(fromWorkers)).toContain('全国手工业工作会议确定今年生产任务');
	} finally {
		services.provideBuildService('citeproc', undefined);
		await pool.close();
		vi.unstubAllEnvs();
	}
});

it('rejects a citation citeproc cannot render with the article it belongs to, and refuses work once closed', async () => {
	vi.stubEnv('EDITION_CACHE_DIR', tempDir('edition-citeproc-fail-'));
	const { CiteprocPool } = await import('../../src/lib/citation/citeproc-pool.ts');
	const csl = (name: string) => readFileSync(new URL(`../../src/lib/citation/csl/${name}`, import.meta.url), 'utf8');
	const text = { csl: csl('apa.csl'), locale: 'en-US', locales: { 'en-US': csl('locales-en-US.xml') }, fallbackLocale: csl('locales-en-US.xml') };
	const pool = new CiteprocPool(1);
	try {
		// A citation of an item that was not given: citeproc throws in the worker.
		const failing = pool.render({ style: 'apa-test', text, digest: 'missing-item', items: [], citations: [{ id: 'nowhere' }], label: 'the-missing-article (APA)' });
		await expect(failing).rejects.toThrow(/citeproc failed on the citations of the-missing-article \(APA\)/);
	} finally {
		await pool.close();
		vi.unstubAllEnvs();
	}
	await expect(pool.render({ style: 'apa-test', text, digest: 'late', items: [], citations: [], label: 'late' })).rejects.toThrow(/closed/);
});
