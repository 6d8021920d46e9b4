// Pinyin search words: what the index holds so that toneless pinyin finds Chinese text.
import { tonelessSyllables } from '../words/pinyin.ts';

/** The longest run of syllables indexed as one search word; longer queries match by prefix. */
const SPAN = 4;
const HAN = /\p{Script=Han}/u;

/**
 * Toneless pinyin search words for a Chinese text, so that `shougongye`, `hezuoshe`, `zhude` or
 * `zhu de` find it. Pagefind matches a query word against the start of indexed words, so indexing,
 * at each character, the syllables of the next few characters joined (`shougongyeshengchanhe…`)
 * lets any run of 1 to SPAN (4) syllables typed without spaces find the text. Runs stop at punctuation.
 */
export function pinyinSearchWords(text: string): string[] {
	const words: string[] = [];
	for (const run of text.split(/[^\p{Script=Han}]+/u).filter((r) => HAN.test(r))) {
		// The whole run is read, so polyphonic characters get their reading in context.
		const syllables = tonelessSyllables(run);
		for (let i = 0; i < syllables.length; i++) words.push(syllables.slice(i, i + SPAN).join(''));
	}
	return words;
}
