// Splits a paragraph's text into sentences, only adding boundaries: the sentences joined are the text.

// Chinese: a sentence ends at 。！？ (or a run of them), with any closing quotes or brackets after
// it. An ellipsis (……) alone ends none: it stands inside sentences as often as at their end.
const CHINESE_END = /[。！？!?]+[”’」』）)】〕》〉]*/gu;

/** The sentences of a Chinese paragraph: each ends at 。！？ with any closing quote or bracket after it. */
export function chineseSentences(text: string): string[] {
	const sentences: string[] = [];
	let from = 0;
	for (const match of text.matchAll(CHINESE_END)) {
		const end = match.index + match[0].length;
		if (end > from) sentences.push(text.slice(from, end));
		from = end;
	}
	if (from < text.length) sentences.push(text.slice(from));
	return mergeBlank(sentences);
}

const english = new Intl.Segmenter('en', { granularity: 'sentence' });

// Words after which a full stop does not end an English sentence (Jan. 9, No. 1, Mr. Zhu, U.S., etc.).
const ABBREVIATION = /(?:^|[\s(“"‘'])(?:[A-Z]\.(?:[A-Z]\.)*|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|pp?|Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Gov|Sen|Rep|vs|etc|cf|e\.g|i\.e|approx|ca)\.\s*$/;

/**
 * The sentences of an English paragraph: the browser's sentence segmenter (Intl.Segmenter), whose
 * boundaries after abbreviations (Jan., No., U.S.) are taken back. Decimals (3.69) never split.
 */
export function englishSentences(text: string): string[] {
	const sentences: string[] = [];
	for (const { segment } of english.segment(text)) {
		const last = sentences.at(-1);
		// A boundary after an abbreviation, or before a lowercase word, is not a sentence end.
		if (last !== undefined && (ABBREVIATION.test(last) || /^[a-z0-9]/.test(segment))) sentences[sentences.length - 1] = last + segment;
		else sentences.push(segment);
	}
	return mergeBlank(sentences);
}

/** White space alone is no sentence: it joins the sentence before it. */
function mergeBlank(sentences: string[]): string[] {
	const out: string[] = [];
	for (const s of sentences) {
		if (out.length && !/\S/.test(s)) out[out.length - 1] += s;
		else out.push(s);
	}
	return out;
}
