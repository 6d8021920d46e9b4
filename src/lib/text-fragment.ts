// Text fragments (`#pN-sM:~:text=[prefix-,]start[,end][,-suffix]`, WICG/W3C): the directive that
// finds a reader's selected words, and where a directive's words are in a text (for browsers that
// lack text fragments, whose arrival the reading script marks itself).

/** The parts of a text directive, decoded. */
export interface TextDirective {
	prefix?: string;
	start: string;
	end?: string;
	suffix?: string;
}

const segmenters = new Map<string, Intl.Segmenter>();
/** Words and the spaces or marks between them, as the browser's word breaker sees them in `lang`. */
function segments(text: string, lang: string): Intl.SegmentData[] {
	let segmenter = segmenters.get(lang);
	if (!segmenter) segmenters.set(lang, (segmenter = new Intl.Segmenter(lang, { granularity: 'word' })));
	return [...segmenter.segment(text)];
}

/**
 * Widens [start, end) of a text to whole words: a text fragment matches only at word boundaries, so a
 * selection that begins or ends inside a word would find nothing. Leading and trailing spaces are
 * left out.
 */
export function wholeWords(text: string, start: number, end: number, lang: string): [number, number] {
	for (const s of segments(text, lang)) {
		const to = s.index + s.segment.length;
		if (s.index < start && start < to) start = s.index;
		if (s.index < end && end < to) end = to;
	}
	while (start < end && /\s/u.test(text[start]!)) start++;
	while (end > start && /\s/u.test(text[end - 1]!)) end--;
	return [start, end];
}

/** Percent-encodes a directive's term: as a URI component, and `-` too (it separates prefix and suffix). */
export function encodeTerm(term: string): string {
	return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The last or first `count` words (with what lies between them) of a text, for a prefix or suffix. */
function edgeWords(text: string, lang: string, count: number, fromEnd: boolean): string {
	const words = segments(text, lang);
	const picked: Intl.SegmentData[] = [];
	for (const s of fromEnd ? words.reverse() : words) {
		if (picked.filter((w) => w.isWordLike).length === count && s.isWordLike) break;
		picked.push(s);
	}
	const joined = (fromEnd ? picked.reverse() : picked).map((s) => s.segment).join('');
	return joined.trim();
}

/**
 * The text directive for the words at [start, end) of `text` (a paragraph's text, in language
 * `lang`): the words themselves, or for a long selection its first and last words (`start,end`);
 * with the paragraph's words just before and after as `prefix-` and `-suffix` only when `occurrences`
 * (how often the words occur on the page) is more than one.
 */
export function textDirective(text: string, start: number, end: number, lang: string, occurrences: number): string {
	const quote = text.slice(start, end);
	const words = segments(quote, lang).filter((s) => s.isWordLike);
	const parts: string[] = [];
	const context = occurrences > 1;
	const prefix = context ? edgeWords(text.slice(0, start), lang, 2, true) : '';
	if (prefix) parts.push(`${encodeTerm(prefix)}-`);
	// A long quotation is found by its first and last words (the browser matches the range between them).
	if (words.length > 10) {
		const [first, last] = [words[3]!, words.at(-4)!];
		parts.push(encodeTerm(quote.slice(0, first.index + first.segment.length)), encodeTerm(quote.slice(last.index)));
	} else parts.push(encodeTerm(quote));
	const suffix = context ? edgeWords(text.slice(end), lang, 2, false) : '';
	if (suffix) parts.push(`-${encodeTerm(suffix)}`);
	return `text=${parts.join(',')}`;
}

/** Reads the text directives of a URL fragment (`…:~:text=…&text=…`), decoded; none when it has none. */
export function parseTextDirectives(hash: string): TextDirective[] {
	const at = hash.indexOf(':~:');
	if (at < 0) return [];
	return hash
		.slice(at + 3)
		.split('&')
		.filter((d) => d.startsWith('text='))
		.flatMap((d) => {
			const terms = d.slice(5).split(',');
			const directive: Partial<TextDirective> = {};
			if (terms[0]?.endsWith('-')) directive.prefix = decodeURIComponent(terms.shift()!.slice(0, -1));
			if (terms.at(-1)?.startsWith('-')) directive.suffix = decodeURIComponent(terms.pop()!.slice(1));
			if (!terms.length || terms.length > 2) return [];
			try {
				directive.start = decodeURIComponent(terms[0]!);
				if (terms[1] !== undefined) directive.end = decodeURIComponent(terms[1]);
			} catch {
				return [];
			}
			return [directive as TextDirective];
		});
}

/**
 * Where a directive's words are in a text, as [start, end): its start (after its prefix), through its
 * end if it has one, before its suffix; the first such place, or undefined. (Exact characters, as the
 * page holds them; the browsers that lack text fragments are the only ones that ask.)
 */
export function findDirective(text: string, directive: TextDirective): [number, number] | undefined {
	for (let at = text.indexOf(directive.start); at >= 0; at = text.indexOf(directive.start, at + 1)) {
		if (directive.prefix && !text.slice(0, at).trimEnd().endsWith(directive.prefix)) continue;
		let end = at + directive.start.length;
		if (directive.end) {
			const found = text.indexOf(directive.end, end);
			if (found < 0) continue;
			end = found + directive.end.length;
		}
		if (directive.suffix && !text.slice(end).trimStart().startsWith(directive.suffix)) continue;
		return [at, end];
	}
	return undefined;
}
