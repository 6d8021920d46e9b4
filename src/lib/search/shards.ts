// The edition's other shards, whose search indexes the search page merges into its own (SEARCH_SHARDS, at build time).
import { settings } from '../settings.ts';
import { SettingError } from '../errors.ts';

/**
 * The base paths of the other shards (`SEARCH_SHARDS=/1956/,/1957/`): each shard is its own build
 * under its own `BASE_PATH`, served from the same host, and each search page merges the other
 * shards' indexes, so one search covers the whole edition. The list may name every shard: this
 * one's own base (`own`) is left out, since merging its own index would list its hits twice. A value
 * that is not a base path stops the build with the fix.
 */
export function searchShards(value = settings().searchShards, own: string = import.meta.env.BASE_URL): string[] {
	return (value ?? '')
		.split(',')
		.map((base) => base.trim())
		.filter(Boolean)
		.map((base) => {
			if (!/^\/([\w.-]+\/)*$/.test(base)) {
				throw new SettingError(`SEARCH_SHARDS: "${base}" is not a base path. Fix: list the other shards' BASE_PATH values, each with a slash at both ends, comma-separated (SEARCH_SHARDS=/1956/,/1957/).`);
			}
			return base;
		})
		.filter((base) => base !== (own.endsWith('/') ? own : `${own}/`));
}
