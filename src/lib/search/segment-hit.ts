// Which segment of a paragraph a search hit lands on, and the bilingual line the results list shows
// for it. Runs in the browser, on the article's published segments.json.
import type { ParagraphHit } from './results.ts';

/** One segment as segments.json publishes it. */
export interface HitSegment {
	id: string;
	paragraph: number;
	zh: string;
	en: string;
}

/** A paragraph hit's segment: the sentence pair holding the match, the hit's language first. */
export interface SegmentHit {
	segment: HitSegment;
	/** The language that matched there, shown first; the other language's sentence goes beneath it. */
	first: 'zh' | 'en';
	/** The words to mark: what the index matched (its excerpts' marks) and the query's own words. */
	words: string[];
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** The words an excerpt marks (`<mark>…</mark>`), as plain text without the punctuation Pagefind marks with them ("cooperativization."). */
export function markedWords(excerpt: string | undefined): string[] {
	return [...(excerpt ?? '').matchAll(/<mark>(.*?)<\/mark>/g)]
		.map((m) => m[1]!.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]!).replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, ''))
		.filter(Boolean);
}

/** Whether a text holds a word: Chinese anywhere, Latin letters from the start of a word and in any case. */
function holds(text: string, word: string): boolean {
	if (/\p{Script=Han}/u.test(word)) return text.includes(word);
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'iu').test(text);
}

/**
 * The segment a hit lands on: the first of its paragraph's segments (in order) whose Chinese holds a
 * word the Chinese excerpt marks, else whose English holds one the English excerpt marks. A hit on
 * the pinyin alone has no words to find in the text, and lands on the paragraph (undefined).
 */
export function segmentHit(hit: ParagraphHit, segments: HitSegment[], query: string[]): SegmentHit | undefined {
	const own = segments.filter((s) => s.paragraph === hit.n);
	const zh = markedWords(hit.zh);
	const en = markedWords(hit.en);
	const words = [...new Set([...zh, ...en, ...query])];
	for (const [first, marked] of [['zh', zh], ['en', en]] as const) {
		const segment = own.find((s) => marked.some((word) => holds(s[first], word)));
		if (segment) return { segment, first, words };
	}
	return undefined;
}

/** The address of an article's segments.json, from a result's URL (the parallel page, with base). */
export function segmentsUrl(resultUrl: string): string {
	return `${resultUrl.split(/[?#]/)[0]}segments.json`;
}
