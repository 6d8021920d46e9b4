// The search indexer's worker thread: Pagefind bundles and the traditional map from the articles it is handed, and its failures.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SearchIndexer } from '../../src/lib/search/indexer.ts';
import { SEARCH_BUNDLES, TRADITIONAL_MAP_PATH } from '../../src/lib/search/bundles.ts';
import { searchArticle } from '../../src/lib/search/records.ts';
import { handicraftArticle, plainParagraph } from './fixtures-article.ts';
import { tempDir } from './temp-dir.ts';

const article = searchArticle({
	...handicraftArticle,
	paragraphs: [plainParagraph(1, '全国手工业工作会议确定今年生产任务', 'The conference set this year’s tasks.'), plainParagraph(2, '手工业生产合作社', 'Handicraft producers’ cooperatives.')],
});

it('writes the three bundles and the traditional map of the articles it was handed', async () => {
	const out = tempDir('edition-indexer-');
	const indexer = new SearchIndexer();
	indexer.index([article]);
	const summary = await indexer.finish(out);
	expect(summary).toMatchObject({ records: 3, articles: 1 });
	for (const bundle of SEARCH_BUNDLES) {
		expect(existsSync(join(out, bundle.path, 'pagefind-entry.json')), bundle.path).toBe(true);
		// Only what the search reads: Pagefind's script, entry file, metadata, WebAssembly and index
		// chunks; its interfaces, highlighter and worker are not published (PAGEFIND_UNUSED_FILES).
		const unread = readdirSync(join(out, bundle.path)).filter((f) => !/^(pagefind\.js|pagefind-entry\.json|.+\.pf_meta|wasm\..+\.pagefind|index|fragment|filter)$/.test(f));
		expect(unread, bundle.path).toEqual([]);
	}
	// 業 (traditional) stands for 业, which the text uses; 體 for 体, which it does not.
	const map = JSON.parse(readFileSync(join(out, TRADITIONAL_MAP_PATH), 'utf8'));
	expect(map['業']).toBe('业');
	expect(map['體']).toBeUndefined();
	expect(() => indexer.index([article])).toThrow(/twice/);
});

it('fails the build with the reason when the bundles cannot be written', async () => {
	const out = tempDir('edition-indexer-');
	// A file where the English bundle's folder must go.
	writeFileSync(join(out, 'pagefind-en'), 'not a folder');
	const indexer = new SearchIndexer();
	indexer.index([article]);
	await expect(indexer.finish(out)).rejects.toThrow(/not a directory.*pagefind-en/);
});
