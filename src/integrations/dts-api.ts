// Build step: the edition's static DTS 1.0 API (src/lib/dts/api.ts), written under <base>api/dts/ from the assembled articles.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Article } from '../lib/article.ts';
import { buildDate } from '../lib/build-date.ts';
import { listenToEdition } from '../lib/build-services.ts';
import { DTS_FOLDER, dtsFiles } from '../lib/dts/api.ts';
import { edition } from '../lib/releases.ts';

/**
 * Writes the DTS API's files once the pages are written: the build hands over its articles as soon
 * as it has assembled them (collections.ts), the same aligned paragraphs the pages and downloads show.
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
				listenToEdition('dtsApi', { articles: (loaded) => void (articles = loaded.articles) });
			},
			'astro:build:generated': () => {
				listenToEdition('dtsApi', undefined);
			},
			'astro:build:done': ({ dir, logger }) => {
				if (!articles) return;
				const started = performance.now();
				// The output's layout does not follow the base (dist/index.html is the base's index).
				const root = join(fileURLToPath(dir), DTS_FOLDER);
				const made = new Set<string>();
				let files = 0;
				let bytes = 0;
				const published = new URL(base, site).href;
				for (const [path, content] of dtsFiles(articles, { site: published, edition: { name: edition.name, licence: { name: edition.licence.content, url: edition.licence.contentUrl } }, built: buildDate() })) {
					const file = join(root, path);
					const folder = dirname(file);
					if (!made.has(folder)) mkdirSync(folder, { recursive: true });
					made.add(folder);
					writeFileSync(file, content);
					files++;
					bytes += Buffer.byteLength(content);
				}
				logger.info(`${files} files (${(bytes / 2 ** 20).toFixed(1)} MiB) for ${articles.length} article(s) in ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
