// Where the two texts of a source file part company when their paragraph counts differ: the paragraph
// of one language the other seems to lack, found by the paragraphs' lengths.

/** A paragraph of a source file: its text and its line. */
export interface SourceParagraph {
	text: string;
	line: number;
}

/**
 * The index, in the longer list, of the paragraph whose removal leaves the two lists pairing best by
 * length: each English paragraph about as long, against its Chinese one, as the whole translation
 * is against the whole original (the ratio the sentence aligner uses too).
 */
export function unmatchedParagraph(longer: string[], shorter: string[], longerIsEnglish: boolean): number {
	const length = (text: string) => [...text].length + 1;
	const total = (list: string[]) => list.reduce((n, p) => n + length(p), 0);
	let best = { at: 0, cost: Infinity };
	for (let at = 0; at < longer.length; at++) {
		const rest = longer.filter((_, i) => i !== at);
		// English characters to a Chinese one, over the paragraphs that pair once this one is left out.
		const ratio = longerIsEnglish ? total(rest) / total(shorter) : total(shorter) / total(rest);
		const cost = (a: string, b: string) => Math.abs(Math.log(longerIsEnglish ? length(a) / (ratio * length(b)) : length(b) / (ratio * length(a))));
		const sum = shorter.reduce((n, p, i) => n + (rest[i] === undefined ? 0 : cost(rest[i]!, p)), 0);
		if (sum < best.cost) best = { at, cost: sum };
	}
	return best.at;
}

/** The first words of a paragraph: six English words, or twelve Chinese characters, then an ellipsis. */
export function openingWords(text: string, english: boolean): string {
	const words = english ? text.split(/\s+/) : [...text];
	const count = english ? 6 : 12;
	return `“${words.slice(0, count).join(english ? ' ' : '')}${words.length > count ? '…' : ''}”`;
}

/**
 * Says which paragraph one language has and the other lacks, by number, line and first words in both
 * languages, and the line where the missing paragraph belongs (the paragraph that follows the gap in
 * the shorter text, or the line after its last).
 */
export function paragraphGap(english: SourceParagraph[], chinese: SourceParagraph[]): { line: number; reason: string } {
	const englishLonger = english.length > chinese.length;
	const [longer, shorter] = englishLonger ? [english, chinese] : [chinese, english];
	const [longName, shortName] = englishLonger ? ['English', 'Chinese'] : ['Chinese', 'English'];
	const at = unmatchedParagraph(longer.map((p) => p.text), shorter.map((p) => p.text), englishLonger);
	const extra = longer[at]!;
	const before = shorter[at - 1];
	const after = shorter[at];
	const around = [
		before && `${shortName} ¶${at} ${openingWords(before.text, !englishLonger)} (line ${before.line}) reads as ${longName} ¶${at}`,
		after && `${shortName} ¶${at + 1} ${openingWords(after.text, !englishLonger)} (line ${after.line}) as ${longName} ¶${at + 2}`,
	].filter(Boolean);
	return {
		line: after?.line ?? (before ? before.line + 1 : extra.line),
		reason:
			`${english.length} English paragraphs but ${chinese.length} Chinese ones: the ${shortName} seems to lack ${longName} ¶${at + 1} ${openingWords(extra.text, englishLonger)} (line ${extra.line})` +
			(around.length ? `; ${around.join(', ')}` : ''),
	};
}
