// What the search page reads besides the index: an article's published segments.json.

/** One segment as segments.json publishes it. */
export interface HitSegment {
	id: string;
	paragraph: number;
	zh: string;
	en: string;
}

/** The address of an article's segments.json, from a result's URL (the parallel page, with base). */
export function segmentsUrl(resultUrl: string): string {
	return `${resultUrl.split(/[?#]/)[0]}segments.json`;
}
