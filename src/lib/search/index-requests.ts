// Counts the search index's chunk requests that fail: Pagefind logs such a failure and searches on without the chunk, so nothing else tells the search its results may be incomplete.
/** An index or filter chunk of one of the edition's bundles (see SEARCH_BUNDLES), under any base: what Pagefind fetches per search and skips when it cannot. */
export function isIndexChunk(url: string): boolean {
	return /\/pagefind-[a-z]+\/(index|filter)\/\w+\.pf_(index|filter)$/.test(url);
}

/**
 * Watches the page's fetches (Pagefind fetches with the global `fetch`, and offers no hook): each
 * index chunk request that is refused or answered with an error is counted. Returns the count so far.
 */
export function watchIndexRequests(scope: { fetch: typeof fetch } = globalThis): () => number {
	const fetchAll = scope.fetch.bind(scope);
	let failed = 0;
	scope.fetch = (input, init) => {
		// Pagefind asks by URL string.
		const chunk = isIndexChunk(String(input));
		const fail = () => chunk && failed++;
		return fetchAll(input, init).then(
			(response) => (response.ok || fail(), response),
			(error) => {
				fail();
				throw error;
			},
		);
	};
	return () => failed;
}
