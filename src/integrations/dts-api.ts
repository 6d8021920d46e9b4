// Build step: the edition's static DTS 1.0 API (src/lib/dts/api.ts), written under <base>api/dts/ from the assembled articles.
import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import type { Article } from '../lib/article.ts';
import { buildDate } from '../lib/build-date.ts';
import { listenToEdition } from '../lib/build-services.ts';
import { DTS_FOLDER, editionFiles, type DtsSite } from '../lib/dts/api.ts';
import { DTS_STEP, writeFiles, type DtsWork, type Written } from '../lib/dts/write.ts';
import { asideFolder, deleteAside, setAside, strayAsides } from '../lib/dts/set-aside.ts';
import { edition } from '../lib/releases.ts';

/** Writes the Resources' files of the articles in a worker thread (dts-worker.ts). */
function writeInWorker(work: DtsWork): Promise<Written> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./dts-worker.ts', import.meta.url), { workerData: work });
		worker.once('message', resolve);
		worker.on('error', (error) => reject(new Error(`Writing the DTS API failed: ${error.stack ?? error.message}`)));
		worker.on('exit', (code) => code !== 0 && reject(new Error(`The DTS API's worker exited with code ${code}.`)));
	});
}

/**
 * Writes the DTS API's files from the articles the build hands over as soon as it has assembled them
 * (collections.ts), the same aligned paragraphs the pages and downloads show. Most of the step is
 * making files (at 1000 articles, a quarter of a million): a worker thread starts on them at once,
 * while the build's thread renders the pages, into a folder beside the output (whose files the
 * build's later steps walk); once the pages are written, the build's thread adds the Entry and the
 * Collections, waits for the worker, and moves the folder into place.
 */
export function dtsApi(): AstroIntegration {
	let site = '';
	let base = '/';
	let outDir = '';
	let articles: Article[] | undefined;
	let writing: Promise<Written> | undefined;
	let started = 0;
	const published = (): DtsSite => ({ site: new URL(base, site).href, edition: { name: edition.name, licence: { name: edition.licence.content, url: edition.licence.contentUrl } }, built: buildDate() });
	// The folder the files are written to, beside the output; its api/dts/ becomes the output's.
	const staging = () => `${outDir.replace(/\/$/, '')}.dts-api`;
	// Where this build puts the previous build's API before Astro empties the output, to be deleted after it (set-aside.ts).
	let aside = '';
	return {
		name: 'edition:dts-api',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': () => {
				aside = asideFolder(outDir);
				setAside([join(outDir, DTS_FOLDER), staging()], aside);
				// What earlier builds set aside and did not delete (one that failed or was stopped).
				deleteAside(strayAsides(outDir, aside));
				articles = undefined;
				writing = undefined;
				listenToEdition('dtsApi', {
					articles: ({ articles: list }) => {
						if (articles) return;
						articles = list;
						started = performance.now();
						writing = writeInWorker({ root: join(staging(), DTS_FOLDER), site: published(), articles });
						writing.catch(() => undefined);
					},
				});
			},
			'astro:build:generated': () => {
				listenToEdition('dtsApi', undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!articles || !writing) return deleteAside([aside]);
				const waited = performance.now();
				const root = join(staging(), DTS_FOLDER);
				const all = [writeFiles(root, editionFiles(articles, published())), await writing];
				// The output's layout does not follow the base (dist/index.html is the base's index).
				const target = join(fileURLToPath(dir), DTS_FOLDER);
				mkdirSync(dirname(target), { recursive: true });
				setAside([target], aside);
				renameSync(root, target);
				setAside([staging()], aside);
				deleteAside([aside]);
				const sum = (key: keyof Written) => all.reduce((n, w) => n + w[key], 0);
				// What the build waited for once the pages were written; the processor time of both threads' writing.
				const milliseconds = Math.round(performance.now() - waited);
				(globalThis as Record<symbol, unknown>)[DTS_STEP] = { files: sum('files'), bytes: sum('bytes'), milliseconds, cpuMilliseconds: sum('cpuMilliseconds') };
				logger.info(
					`${sum('files')} files (${(sum('bytes') / 2 ** 20).toFixed(1)} MiB) for ${articles.length} article(s) in ${Math.round(performance.now() - started)} ms beside the pages (${sum('cpuMilliseconds')} ms of processor time); the build waited ${milliseconds} ms for them`,
				);
			},
		},
	};
}
