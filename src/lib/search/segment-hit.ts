// What the search page reads besides the index: an article's published segments.json, and the
// words the English index marked in its excerpts (the forms its stemming matched).

/** One segment as segments.json publishes it. */
export interface HitSegment {
	id: string;
	paragraph: number;
	zh: string;
	en: string;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** The words an excerpt marks (`<mark>…</mark>`), as plain text without the punctuation Pagefind marks with them ("cooperativization."). */
export function markedWords(excerpt: string | undefined): string[] {
	return [...(excerpt ?? '').matchAll(/<mark>(.*?)<\/mark>/g)]
		.map((m) => m[1]!.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]!).replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, ''))
		.filter(Boolean);
}

/** The address of an article's segments.json, from a result's URL (the parallel page, with base). */
export function segmentsUrl(resultUrl: string): string {
	return `${resultUrl.split(/[?#]/)[0]}segments.json`;
}
