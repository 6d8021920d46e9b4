// Whether a word the English index marked answers a word typed: its stem begins with the typed word's stem.
import stem from 'wink-porter2-stemmer';

/**
 * Whether `found` (a word the English index marked) answers `typed` as the index is meant to match:
 * the Porter2 stem of `found` (Pagefind stems with the same Snowball English algorithm) begins with
 * the stem of `typed`, so productivity finds production (both product) and produce (produc) finds
 * production too. Pagefind also marks, when it finds nothing longer, words that are only a beginning
 * of the word typed (Zhu for zhude, handicraft for handicraftsman): those are not the word asked for.
 */
export function stemMatches(typed: string, found: string): boolean {
	return stem(found.toLowerCase()).startsWith(stem(typed.toLowerCase()));
}
