import { describe, expect, it } from 'vitest';
import { searchShards } from '../../src/lib/search/shards.ts';

describe('search shards', () => {
	it('reads the other shards’ base paths, or none', () => {
		expect(searchShards(undefined)).toEqual([]);
		expect(searchShards('')).toEqual([]);
		expect(searchShards('/1956/, /1957/')).toEqual(['/1956/', '/1957/']);
		expect(searchShards('/shards/b/')).toEqual(['/shards/b/']);
	});

	it('leaves out the shard’s own base, so every shard can be given the same list', () => {
		expect(searchShards('/1955/,/1956/,/1957/', '/1956/')).toEqual(['/1955/', '/1957/']);
		expect(searchShards('/1955/,/1956/', '/1956')).toEqual(['/1955/']);
	});

	it('refuses what is not a base path, saying how to write one', () => {
		expect(() => searchShards('/1956')).toThrow(/SEARCH_SHARDS: "\/1956" is not a base path\. Fix: .*slash at both ends/);
		expect(() => searchShards('https://example.org/1956/')).toThrow(/not a base path/);
	});
});
