// Counts the search index's chunk requests that fail: Pagefind logs such a failure and searches on without the chunk, so nothing else tells the search its results may be incomplete.
import { SEARCH_BUNDLES } from './bundles.ts';

/** An index or filter chunk of one of the edition's bundles (under any base): what Pagefind fetches per search and skips when it cannot. */
export function isIndexChunk(url: string): boolean {
	const path = url.split(/[?#]/)[0]!;
	return SEARCH_BUNDLES.some((b) => new RegExp(`/${b.path}(index/[^/]+\\.pf_index|filter/[^/]+\\.pf_filter)$`).test(path));
}

/**
 * Watches the page's fetches (Pagefind fetches with the global `fetch`, and offers no hook): each
 * index chunk request that is refused or answered with an error is counted. Returns the count so far.
 */
export function watchIndexRequests(scope: { fetch: typeof fetch } = globalThis): () => number {
	const fetchAll = scope.fetch.bind(scope);
	let failed = 0;
	scope.fetch = async (input, init) => {
		const chunk = isIndexChunk(input instanceof Request ? input.url : String(input));
		try {
			const response = await fetchAll(input, init);
			if (chunk && !response.ok) failed++;
			return response;
		} catch (error) {
			if (chunk) failed++;
			throw error;
		}
	};
	return () => failed;
}
