// Whether a word of the text answers a word typed: its stem begins with the typed word's stem.
import stem from 'wink-porter2-stemmer';
import { remember } from '../memo.ts';

/**
 * Whether `found` (a word of the text) answers `typed` as the English index is meant to match:
 * the Porter2 stem of `found` (Pagefind stems with the same Snowball English algorithm) begins with
 * the stem of `typed`, so productivity finds production (both product) and produce (produc) finds
 * production too. Pagefind also offers, when it finds nothing longer, words that are only a beginning
 * of the word typed (Zhu for zhude, plan for planners): those are not the word asked for.
 */
export function stemMatches(typed: string, found: string): boolean {
	// A word of one or two letters (a, of) stands for itself: every word would begin with its stem.
	if (typed.length < 3) return typed.toLowerCase() === found.toLowerCase();
	return stemOf(found).startsWith(stemOf(typed));
}

/** Stems already computed: a search looks at the same words of the same articles again and again. */
const stems = new Map<string, string>();

function stemOf(word: string): string {
	return remember(stems, word, () => stem(word.toLowerCase()));
}
