// A search query as typed, normalised: simplified characters, words, pinyin.
import { toSimplified, type TraditionalMap } from './traditional.ts';

/** A reader's query made ready for the indexes, and the words to highlight on arrival. */
export interface NormalisedQuery {
	/** What is sent to Pagefind. */
	text: string;
	/** Literal words to mark in the paragraph a result opens. */
	highlight: string[];
	/**
	 * The text's space-separated words, each of which a listed paragraph must contain: Pagefind
	 * requires every word of a query in a record (an article), but lists each paragraph holding any.
	 */
	terms: string[];
	/**
	 * For a query in Latin letters only, the same letters joined and lower-cased (`Zhu De` → `zhude`),
	 * sent to the pinyin records alone: pinyin is indexed as joined syllables, and spaced syllables
	 * (`zhu`, `de`) would each match half the text.
	 */
	pinyin?: string;
}

/**
 * Normalises a query: traditional characters become the simplified ones the text uses, pinyin tone
 * marks are dropped (shǒugōngyè → shougongye, since the index holds toneless pinyin), quotes and
 * extra spaces go.
 */
export function normaliseQuery(raw: string, map: TraditionalMap): NormalisedQuery {
	const simplified = toSimplified(raw.normalize('NFC'), map);
	const text = stripToneMarks(simplified)
		.replace(/["“”'‘’「」『』]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const pinyin = /^[a-z' ]+$/i.test(text) ? text.replace(/[' ]/g, '').toLowerCase() : undefined;
	return { text, highlight: text ? text.split(' ') : [], terms: [...new Set(text.split(' ').filter(Boolean))], ...(pinyin ? { pinyin } : {}) };
}

/** Removes combining accents from Latin letters (pinyin tones), leaving Chinese characters intact. */
export function stripToneMarks(text: string): string {
	return text.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
}
