// Build step: the edition's static DTS 1.0 API (src/lib/dts/api.ts), written under <base>api/dts/ from the assembled articles.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Article } from '../lib/article.ts';
import { buildDate } from '../lib/build-date.ts';
import { provideBuildService } from '../lib/build-services.ts';
import { articleFiles, DTS_FOLDER, editionFiles, type DtsSite } from '../lib/dts/api.ts';
import { DTS_STEP, writeFiles, type DtsWork, type Written } from '../lib/dts/write.ts';
import { edition } from '../lib/releases.ts';

/** Writes the Resources' files of some articles in a worker thread (dts-worker.ts). */
function writeInWorker(work: DtsWork): Promise<Written> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./dts-worker.ts', import.meta.url), { workerData: work });
		worker.once('message', resolve);
		worker.on('error', (error) => reject(new Error(`Writing the DTS API failed: ${error.stack ?? error.message}`)));
		worker.on('exit', (code) => code !== 0 && reject(new Error(`The DTS API's worker exited with code ${code}.`)));
	});
}

/**
 * Writes the DTS API's files once the pages are written: the build hands over its articles as soon
 * as it has assembled them (collections.ts), the same aligned paragraphs the pages and downloads show.
 * Nothing else of the build runs by then, and most of the step is making files (at 1000 articles,
 * some hundreds of thousands): the articles' Resources are written by one worker thread per core,
 * the Entry and Collections by the build's thread meanwhile (a small edition's, all by that thread).
 */
export function dtsApi(): AstroIntegration {
	let site = '';
	let base = '/';
	let articles: Article[] | undefined;
	return {
		name: 'edition:dts-api',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:start': () => {
				articles = undefined;
				provideBuildService('dtsApi', { articles: (list) => void (articles = list) });
			},
			'astro:build:generated': () => {
				provideBuildService('dtsApi', undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!articles) return;
				const started = performance.now();
				// The output's layout does not follow the base (dist/index.html is the base's index).
				const root = join(fileURLToPath(dir), DTS_FOLDER);
				const published: DtsSite = { site: new URL(base, site).href, edition: { name: edition.name, licence: { name: edition.licence.content, url: edition.licence.contentUrl } }, built: buildDate() };
				// A worker costs most of a second to start: a small edition is written by the build's thread alone.
				const threads = Math.min(availableParallelism(), Math.floor(articles.length / 20));
				const workers = Array.from({ length: threads }, (_, k) => writeInWorker({ root, site: published, articles: articles!.filter((_, i) => i % threads === k) }));
				const own = function* (all: Article[]) {
					yield* editionFiles(all, published);
					if (!threads) for (const article of all) yield* articleFiles(article, published);
				};
				const all = [writeFiles(root, own(articles)), ...(await Promise.all(workers))];
				const files = all.reduce((n, w) => n + w.files, 0);
				const bytes = all.reduce((n, w) => n + w.bytes, 0);
				const milliseconds = Math.round(performance.now() - started);
				(globalThis as Record<symbol, unknown>)[DTS_STEP] = { files, bytes, milliseconds };
				logger.info(`${files} files (${(bytes / 2 ** 20).toFixed(1)} MiB) for ${articles.length} article(s) in ${milliseconds} ms`);
			},
		},
	};
}
