// Citations kept between builds: made once per key, read back the same, made again when an input changes.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';
import { tempDir } from './temp-dir.ts';

it('makes a rendering once per key and reads it back unchanged in a later build', async () => {
	const cache = tempDir('edition-citation-cache-');
	vi.stubEnv('EDITION_CACHE_DIR', cache);
	vi.resetModules();
	const { cachedRendering, keyDigest } = await import('../../src/lib/citation/cache.ts');
	const make = vi.fn(() => ({ entries: [['a', 'Entry “a”.']], citations: ['Note 1.'] }));
	const first = cachedRendering(keyDigest({ csl: 'style', items: [{ id: 'a' }] }), make);
	const again = cachedRendering(keyDigest({ csl: 'style', items: [{ id: 'a' }] }), make);
	expect(make).toHaveBeenCalledTimes(1);
	expect(again).toEqual(first);
	// A changed input is another key: rendered again, never the kept value.
	cachedRendering(keyDigest({ csl: 'style', items: [{ id: 'a', title: 'changed' }] }), make);
	expect(make).toHaveBeenCalledTimes(2);
	expect(readdirSync(join(cache, 'citations')).filter((f) => f.endsWith('.json'))).toHaveLength(2);
	expect(readdirSync(join(cache, 'citations')).some((f) => f.endsWith('.partial'))).toBe(false);
	vi.unstubAllEnvs();
});

it('gives the same citations from the cache as from citeproc', async () => {
	const cache = tempDir('edition-citation-cache-');
	vi.stubEnv('EDITION_CACHE_DIR', cache);
	vi.resetModules();
	const { renderStyle } = await import('../../src/lib/citation/styles.ts');
	const item = { id: 'x', type: 'article-newspaper' as const, title: '全国手工业工作会议确定今年生产任务', 'container-title': '人民日报', issued: { 'date-parts': [[1955, 1, 9]] as [[number, number, number]] }, page: '1', language: 'zh-CN', URL: 'https://example.org/a/' };
	const requests = [{ id: 'x' }, { id: 'x', paragraph: 3 }];
	const made = renderStyle('chicago', [item], requests);
	expect(existsSync(join(cache, 'citations'))).toBe(true);
	const kept = renderStyle('chicago', [item], requests);
	expect(kept).toEqual(made);
	expect(made.citations[1]).toContain('3');
	vi.unstubAllEnvs();
});
