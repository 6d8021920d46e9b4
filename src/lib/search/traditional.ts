/** Traditional (and variant) characters mapped to the simplified forms the edition's text uses. */
export type TraditionalMap = Record<string, string>;

/** Rewrites a query's traditional characters in simplified form, leaving every other character alone. */
export function toSimplified(query: string, map: TraditionalMap): string {
	let out = '';
	for (const char of query) out += map[char] ?? char;
	return out;
}
