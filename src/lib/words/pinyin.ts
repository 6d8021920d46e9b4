// The edition's one reader of Chinese into pinyin (pinyin-pro): the pinyin pages, the search index, the
// citations' romanised names and the word lookup's dictionary all read through here, so they agree.
import { convert, pinyin } from 'pinyin-pro';

/**
 * Each character's reading (code point by code point), with tone marks, read in context: pinyin-pro
 * reads the whole text, so polyphonic characters get their reading there. '' for a character that is
 * not Chinese.
 */
export function readingsInContext(text: string): string[] {
	return pinyin(text, { type: 'all' }).map((item) => (item.isZh ? item.pinyin : ''));
}

/** The toneless syllables of a run of Chinese characters, in context, lower case (ü kept as ü). */
export function tonelessSyllables(run: string): string[] {
	return pinyin(run, { toneType: 'none', type: 'array', v: false }).map((s) => s.toLowerCase());
}

/** A text's pinyin with tone marks, syllables spaced (朱德 → zhū dé). */
export function pinyinWithTones(text: string): string {
	return pinyin(text, { toneType: 'symbol' });
}

/** Syllables with tone marks as numbered ones (shǒu → shou3), as pinyin-pro writes them. */
export function marksToNumbers(syllables: string): string {
	return convert(syllables, { format: 'symbolToNum' });
}

/** Numbered syllables as ones with tone marks (shou3 → shǒu). */
export function numbersToMarks(syllables: string): string {
	return convert(syllables, { format: 'numToSymbol' });
}
