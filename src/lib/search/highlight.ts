/**
 * Where the given words occur in a text, as sorted, non-overlapping [start, end) ranges. Latin
 * letters match without regard to case; Chinese matches character for character.
 */
export function findMatches(text: string, words: string[]): [number, number][] {
	const haystack = text.toLocaleLowerCase('en');
	const ranges: [number, number][] = [];
	for (const word of new Set(words.map((w) => w.trim().toLocaleLowerCase('en')).filter(Boolean))) {
		for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + word.length)) {
			ranges.push([at, at + word.length]);
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
