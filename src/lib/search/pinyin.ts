// Pinyin for search (toneless words) and for display (with tones).
import { pinyin } from 'pinyin-pro';

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
		// pinyin-pro reads the whole run so polyphonic characters get their reading in context.
		const syllables = pinyin(run, { toneType: 'none', type: 'array', v: false }).map((s) => s.toLowerCase());
		for (let i = 0; i < syllables.length; i++) words.push(syllables.slice(i, i + SPAN).join(''));
	}
	return words;
}

/** Pinyin with tone marks, for display-free uses such as tests and the reading aid. */
export function pinyinWithTones(text: string): string {
	return pinyin(text, { toneType: 'symbol' });
}
