// English words by their stems: what the English index holds and is asked for, and whether a word of the text answers a word typed.
import stem from 'wink-porter2-stemmer';
import { remember } from '../memo.ts';

/** A word of English text as written: letters and digits, with apostrophes inside (People's). */
export const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * The stems of a text's words, each once, in the order they first occur: what the English index
 * holds for an article, and what it is asked for a query. The edition stems both sides itself, with
 * the stemmer the results are then checked with (stemMatches), so the index is built without
 * Pagefind's stemmer, whose WebAssembly cost the first English search 4.4 KB more (see bundles.ts);
 * Pagefind matches an index word that begins with the stem asked for, as stemMatches does.
 */
export function wordStems(text: string): string[] {
	return [...new Set((text.match(WORD) ?? []).map(stemOf))];
}

/**
 * Whether `found` (a word of the text) answers `typed` as the English index is meant to match:
 * the Porter2 stem of `found` begins with the stem of `typed`, so productivity finds production
 * (both product) and produce (produc) finds production too. Pagefind also offers, when it finds
 * nothing longer, words that are only a beginning of the word typed (Zhu for zhude, plan for
 * planners): those are not the word asked for.
 */
export function stemMatches(typed: string, found: string): boolean {
	// A word of one or two letters (a, of) stands for itself: every word would begin with its stem.
	if (typed.length < 3) return typed.toLowerCase() === found.toLowerCase();
	return stemOf(found).startsWith(stemOf(typed));
}

/** Stems already computed: a search looks at the same words of the same articles again and again. */
const stems = new Map<string, string>();

/** A word's Porter2 stem; a typographic apostrophe counts as the straight one the stemmer knows (People’s, People's). */
function stemOf(word: string): string {
	return remember(stems, word, () => stem(word.toLowerCase().replaceAll('’', "'")));
}
