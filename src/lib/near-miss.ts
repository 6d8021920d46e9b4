// The nearest a text comes to a phrase it does not hold (一百八十多万担 for a note's 一百八十万担), so a
// message can show the editor what the text has instead.

/** The edit distance between two strings by code point: insertions, deletions, substitutions and swaps of neighbours (十二 for 二十). */
function distance(a: string[], b: string[]): number {
	const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)));
	for (let i = 1; i <= a.length; i++) {
		for (let j = 1; j <= b.length; j++) {
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	}
	return d[a.length]![b.length]!;
}

/**
 * The passage of `text` nearest to `phrase`: the stretch, a few characters longer or shorter than the
 * phrase, that needs the fewest changes to become it; undefined when even that differs in more than
 * a third of the phrase's characters (then nothing in the text is near). In a text with spaces
 * (English), passages are whole words.
 */
export function nearestPassage(text: string, phrase: string): string | undefined {
	const chars = [...text];
	const wanted = [...phrase];
	const limit = Math.max(1, Math.floor(wanted.length / 3));
	const spaced = /\s/.test(text) && /[a-z]/i.test(phrase);
	const letter = (at: number) => /[\p{L}\p{N}]/u.test(chars[at] ?? '');
	// In spaced text a passage is whole words: it begins with a word's first letter and ends with a word's last.
	const starts = (at: number) => !spaced || (letter(at) && !letter(at - 1));
	const ends = (at: number) => !spaced || (letter(at - 1) && !letter(at));
	let best: { passage: string; rank: number } | undefined;
	for (let start = 0; start < chars.length; start++) {
		if (!starts(start)) continue;
		for (let length = Math.max(1, wanted.length - limit); length <= wanted.length + limit && start + length <= chars.length; length++) {
			if (!ends(start + length)) continue;
			const passage = chars.slice(start, start + length);
			const cost = distance(passage, wanted);
			// Of passages as near, the one as long as the phrase, else the first.
			const rank = cost + (length === wanted.length ? 0 : 0.5);
			if (cost <= limit && (!best || rank < best.rank)) best = { passage: passage.join(''), rank };
		}
	}
	return best?.passage;
}
