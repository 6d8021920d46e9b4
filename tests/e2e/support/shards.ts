// The edition in two shards (tests/support/test-sites.ts), both served from one host as they are deployed.
import { serveMounts, type StaticSite } from '../../support/static-server.ts';

/** Serves shard A's build under /shards/a/ and shard B's under /shards/b/. */
export function serveShards(): Promise<StaticSite> {
	return serveMounts([
		{ dir: process.env.EDITION_SHARD_A_DIST!, base: '/shards/a/' },
		{ dir: process.env.EDITION_SHARD_B_DIST!, base: '/shards/b/' },
	]);
}
