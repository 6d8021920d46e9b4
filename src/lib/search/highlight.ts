// Where searched words occur in a text: the one rule the results list and the arrival in the text share.

/** Whether a word is matched as a whole word (it holds Latin letters or digits) or anywhere (Chinese). */
const LATIN = /[\p{Script=Latin}\p{N}]/u;
/** What continues a Latin word: Latin letters and digits (a Chinese character next to it ends it: GB in 按GB/T). */
const WORD_CHAR = /[\p{Script=Latin}\p{N}]/u;

/**
 * Where the given words occur in a text, as sorted, non-overlapping [start, end) ranges. Chinese
 * matches character for character, anywhere (工业 inside 手工业); a word in Latin letters only as a
 * whole word, in any case (cooperative, not the start of cooperatives).
 */
export function findMatches(text: string, words: string[]): [number, number][] {
	const haystack = text.toLocaleLowerCase('en');
	const ranges: [number, number][] = [];
	for (const word of new Set(words.map((w) => w.trim().toLocaleLowerCase('en')).filter(Boolean))) {
		const whole = LATIN.test(word);
		for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
			const end = at + word.length;
			if (whole && (WORD_CHAR.test(haystack[at - 1] ?? '') || WORD_CHAR.test(haystack[end] ?? ''))) continue;
			ranges.push([at, end]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([...range]);
	}
	return merged;
}
