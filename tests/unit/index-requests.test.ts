// Which failed requests tell a search that its index was not read whole (src/lib/search/index-requests.ts).
import { describe, expect, it } from 'vitest';
import { isIndexChunk, watchIndexRequests } from '../../src/lib/search/index-requests.ts';

describe('the index chunk requests that fail (Pagefind logs and skips them)', () => {
	it('are the index and filter chunks of the edition’s bundles, under any base', () => {
		expect(isIndexChunk('http://x/pagefind-en/index/en_1a2b.pf_index')).toBe(true);
		expect(isIndexChunk('/edition/pagefind-zh/filter/zh_3c.pf_filter')).toBe(true);
		expect(isIndexChunk('/pagefind-pinyin/index/und_9.pf_index')).toBe(true);
		// Fragments fail their record's read, which the search sees; the rest fail the loading.
		expect(isIndexChunk('/pagefind-en/fragment/en_1.pf_fragment')).toBe(false);
		expect(isIndexChunk('/pagefind-en/pagefind.js')).toBe(false);
		expect(isIndexChunk('/elsewhere/index/en_1.pf_index')).toBe(false);
	});

	it('are counted whether refused or answered with an error, and the page’s other requests pass untouched', async () => {
		const scope = { fetch: async (input: RequestInfo | URL) => (String(input).includes('missing') ? new Response('', { status: 503 }) : String(input).includes('offline') ? Promise.reject(new TypeError('Failed to fetch')) : new Response('ok')) };
		const failed = watchIndexRequests(scope as { fetch: typeof fetch });
		expect(await (await scope.fetch('/pagefind-en/index/ok.pf_index')).text()).toBe('ok');
		expect((await scope.fetch('/pagefind-en/index/missing.pf_index')).status).toBe(503);
		await expect(scope.fetch('/pagefind-zh/filter/offline.pf_filter')).rejects.toThrow('Failed to fetch');
		await expect(scope.fetch('/articles/offline/segments.json')).rejects.toThrow('Failed to fetch');
		expect((await scope.fetch('/articles/missing/segments.json')).status).toBe(503);
		expect(failed()).toBe(2);
	});
});
