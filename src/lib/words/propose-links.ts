// Word links proposed for an article's segments from what the edition has: glossary entries, numbers and dates, names by their pinyin, and CC-CEDICT glosses matched through Porter2 stems.
import { findTerms, type GlossaryEntry, type TermMatch } from '../paragraph/layers/glossary.ts';
import { readingWords, type ReadingWord } from '../paragraph/layers/pinyin.ts';
import { segmentText, type LayerArticle, type LayerParagraph } from '../paragraph/layer.ts';
import { segmentAnchor } from '../anchors.ts';
import { WORD, wordStems } from '../search/stem.ts';
import { dictionaryParts, sensesOf } from './dictionary.ts';
import { chineseNumbers, type ChineseNumber } from './numbers.ts';

/** A proposed link as word-links.yaml writes it: each side's pieces as they occur in the segment (`words#N` for the N-th occurrence). */
export interface ProposedLink {
	zh: string[];
	en: string[];
	/** What proposed it: the glossary, a number or date, a name's pinyin, or the dictionary. */
	by: 'glossary' | 'number' | 'name' | 'dictionary';
}

/** The links proposed for one segment. */
export interface ProposedSegment {
	segment: string;
	links: ProposedLink[];
}

/**
 * Chinese function words, which the edition's links leave unlinked (see the header of a
 * word-links file): particles, conjunctions, prepositions, copulas. Also what a coverage count leaves out.
 */
export const FUNCTION_WORDS = new Set(['的', '了', '地', '得', '着', '和', '与', '及', '以及', '或', '或者', '并', '而', '在', '下', '对', '将', '把', '被', '由', '以', '为', '是', '是在', '有了', '之', '于', '从', '向', '给', '跟', '同', '等', '其', '这', '那', '它们', '他们', '使']);

/** English words a gloss or a translation uses around its content words, which match nothing by themselves. */
const ENGLISH_STOP = new Set(
	'a an the to of in on at for and or by with as be is are was were been being it its this that these those there their they them sth sb one oneself one\'s etc from into up out about than so such not no can will would should may must has have had do does did'.split(' '),
);

/** A word of a segment's text: where it is (UTF-16 offsets in the segment). */
interface Span {
	start: number;
	end: number;
}

/** A Chinese word of a segment, with its readings in context (for the dictionary and names). */
interface ChineseWord extends Span {
	text: string;
	readings: string[];
}

/** An English word of a segment, with its stem; `content` unless a stop word. */
interface EnglishWord extends Span {
	text: string;
	stem: string;
	content: boolean;
}

/** A candidate link: Chinese words (indexes), English words (a run of indexes, and their span where it is more: 10%), and how sure it is. */
interface Candidate {
	zh: number[];
	en: number[];
	span?: Span;
	by: ProposedLink['by'];
	score: number;
	/** Among equally sure candidates, how far the words are from the best fit: 0 for a stem equal to the first sense's. */
	fit?: number;
}

const stemOf = (word: string) => wordStems(word)[0] ?? word.toLowerCase();

function englishWords(text: string): EnglishWord[] {
	return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], stem: stemOf(m[0]), content: !ENGLISH_STOP.has(m[0].toLowerCase()) }));
}

/**
 * The segment's Chinese words as the pinyin pages divide them (glossary terms whole), in segment
 * offsets; each number or date is made one word (一百一十|多|万人 → 一百一十多万人, 一九五四|年底 →
 * 一九五四年 + 底), so that it is linked whole and what is left of a word can be linked too.
 */
function chineseWords({ paragraph, words: read }: ReadParagraph, m: number, numbers: Span[]): ChineseWord[] {
	const { text, offset } = segmentText(paragraph, 'zh', m);
	// Each character of the segment: where it is, its reading, and whether a word begins there.
	const chars: { start: number; end: number; reading: string; word: boolean; begins: boolean }[] = [];
	let at = 0;
	for (const word of read) {
		[...word.text].forEach((char, k) => {
			const start = at - offset;
			at += char.length;
			if (start >= 0 && start < text.length) chars.push({ start, end: start + char.length, reading: word.readings?.[k] ?? '', word: Boolean(word.readings), begins: k === 0 });
		});
	}
	for (const number of numbers) {
		for (const char of chars) {
			if (char.start >= number.start && char.start < number.end) Object.assign(char, { word: true, begins: char.start === number.start });
			else if (char.start === number.end) char.begins = true;
		}
	}
	const words: ChineseWord[] = [];
	for (const char of chars) {
		const last = words.at(-1);
		if (!char.word) continue;
		if (!char.begins && last?.end === char.start) {
			last.end = char.end;
			last.text += text.slice(char.start, char.end);
			last.readings.push(char.reading);
		} else words.push({ start: char.start, end: char.end, text: text.slice(char.start, char.end), readings: [char.reading] });
	}
	return words;
}

/** A gloss: the stems of its content words, and the stop words before and after them (to, in the), taken where the English has them too. */
interface Gloss {
	stems: string[];
	before: string[];
	after: string[];
}

/**
 * The glosses CC-CEDICT gives a word in its reading in context: senses split at `;`, bracketed
 * remarks, classifiers and cross-references left out (劳动生产率, which it lacks, by the words it is
 * made of).
 */
function glosses(word: ChineseWord): Gloss[] {
	const senses = sensesOf(word.text, word.readings).readings.flatMap((r) => r.senses);
	if (!senses.length && [...word.text].length > 1) {
		const chars = [...word.text];
		const ends = dictionaryParts(word.text);
		if (ends.length > 1) return ends.flatMap((to, i) => glosses({ ...word, text: chars.slice(ends[i - 1] ?? 0, to).join(''), readings: word.readings.slice(ends[i - 1] ?? 0, to) }));
	}
	const out: Gloss[] = [];
	for (const sense of senses.flatMap((s) => s.split(';'))) {
		if (/^\s*(CL:|(old |archaic |variant |erhua variant )?variant of|see |surname |classifier|used in|abbr\. for|also written)/i.test(sense)) continue;
		const words = (sense.replace(/\([^)]*\)|\[[^\]]*\]|\p{Script=Han}+(\|\p{Script=Han}+)?/gu, ' ').match(WORD) ?? []).map((w) => w.toLowerCase());
		const first = words.findIndex((w) => !ENGLISH_STOP.has(w));
		const last = words.findLastIndex((w) => !ENGLISH_STOP.has(w));
		if (first < 0) continue;
		const stems = words.slice(first, last + 1).filter((w) => !ENGLISH_STOP.has(w)).map(stemOf);
		// "to" before a verb says only that it is one.
		const before = words.slice(0, first).filter((w, k) => !(k === 0 && w === 'to'));
		if (stems.length <= 4) out.push({ stems, before, after: words.slice(last + 1) });
	}
	return out;
}

/** Whether two stems are one word's: equal, or one begins the other and both are long (organ, organiz). */
function sameWord(a: string, b: string): boolean {
	if (a === b) return true;
	return Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
}

/** Where a form (a number's English) occurs in the English as whole words: its span and the words in it. */
function formRuns(form: string, text: string, words: EnglishWord[]): { span: Span; run: number[] }[] {
	const runs: { span: Span; run: number[] }[] = [];
	for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
		const end = at + form.length;
		if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
		const run = words.flatMap((w, i) => (w.start >= at && w.end <= end ? [i] : []));
		if (run.length) runs.push({ span: { start: at, end }, run });
	}
	return runs;
}

/** The word indexes from `from` to `to`, both taken. */
const between = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, x) => from + x);

/** The candidates of one segment, every source at once; the choice between them is made after (choose). */
function candidates(zh: ChineseWord[], zhText: string, numbers: ChineseNumber[], en: EnglishWord[], enText: string, glossary: GlossaryEntry[]): Candidate[] {
	const found: Candidate[] = [];
	const wordsIn = (start: number, end: number) => zh.flatMap((w, i) => (w.start < end && start < w.end ? [i] : []));
	const enWordsIn = (start: number, end: number) => en.flatMap((w, i) => (w.start >= start && w.end <= end ? [i] : []));
	// Glossary entries: a Chinese occurrence and an English one of the same entry.
	const enTerms = findTerms(enText, glossary, 'en');
	for (const term of findTerms(zhText, glossary, 'zh')) {
		for (const match of enTerms.filter((t) => t.entry.id === term.entry.id)) {
			const run = enWordsIn(match.start, match.end);
			if (run.length) found.push({ zh: wordsIn(term.start, term.end), en: run, span: match, by: 'glossary', score: 100 });
		}
	}
	// Numbers and dates, each form where it occurs (10% with its sign); the likeliest form first.
	for (const number of numbers) {
		number.forms.forEach((form, k) => {
			for (const { span, run } of formRuns(form, enText, en)) found.push({ zh: wordsIn(number.start, number.end), en: run, span, by: 'number', score: 90 - k });
		});
	}
	const content = en.flatMap((w, x) => (w.content ? [x] : []));
	for (let i = 0; i < zh.length; i++) {
		// Names: one to three Chinese words whose pinyin, run together, spells one to three capitalised English words (Zhao Pinsan).
		for (let k = 1; k <= 3 && i + k <= zh.length; k++) {
			const pinyin = zh.slice(i, i + k).flatMap((w) => w.readings).join('').normalize('NFD').replace(/[^a-zü]/giu, '').toLowerCase();
			for (let j = 0; j < en.length; j++) {
				let spelled = '';
				for (let l = 0; l < 3 && j + l < en.length && /^\p{Lu}/u.test(en[j + l]!.text); l++) {
					spelled += en[j + l]!.text.toLowerCase().replace(/[^a-z]/g, '');
					if (spelled === pinyin && pinyin.length >= 4) found.push({ zh: between(i, i + k - 1), en: between(j, j + l), by: 'name', score: 80 });
				}
			}
		}
		// The dictionary: a gloss whose content words are English content words in a row (stop words between
		// them taken too, and those around them where the gloss has them: "equivalent to", "in the future").
		const word = zh[i]!;
		if (FUNCTION_WORDS.has(word.text)) continue;
		glosses(word).forEach((gloss, rank) => {
			const n = gloss.stems.length;
			for (let c = 0; c + n <= content.length; c++) {
				const run = content.slice(c, c + n);
				if (!run.every((x, g) => sameWord(en[x]!.stem, gloss.stems[g]!))) continue;
				const exact = run.every((x, g) => en[x]!.stem === gloss.stems[g]);
				let [from, to] = [run[0]!, run.at(-1)!];
				const says = (at: number, words: string[]) => words.every((w, k) => en[at + k]?.text.toLowerCase() === w);
				if (gloss.before.length && says(from - gloss.before.length, gloss.before)) from -= gloss.before.length;
				if (gloss.after.length && says(to + 1, gloss.after)) to += gloss.after.length;
				found.push({ zh: [i], en: between(from, to), by: 'dictionary', score: 10 * n, fit: (exact ? 0 : 5) + Math.min(rank, 4) });
			}
		});
	}
	return found;
}

/**
 * Chooses among the candidates: the surest first; among equally sure ones, the k-th occurrence of a
 * Chinese word takes the k-th of its English (the second 手工业, the second "handicraft"), then the
 * pair whose places in their sentences are nearest. No word is taken twice on either side.
 */
function choose(found: Candidate[], zh: ChineseWord[], zhLength: number, en: EnglishWord[], enLength: number): Candidate[] {
	const rank = <T>(list: T[], at: number, same: (a: T, b: T) => boolean) => list.slice(0, at).filter((x) => same(x, list[at]!)).length;
	const order = (c: Candidate) => Math.abs(rank(zh, c.zh[0]!, (a, b) => a.text === b.text) - rank(en, c.en[0]!, (a, b) => a.stem === b.stem));
	const place = (c: Candidate) => Math.abs(zh[c.zh[0]!]!.start / zhLength - en[c.en[0]!]!.start / enLength);
	const sorted = [...found].sort((a, b) => b.score - a.score || order(a) - order(b) || place(a) - place(b) || (a.fit ?? 0) - (b.fit ?? 0));
	const takenZh = new Set<number>();
	const takenEn = new Set<number>();
	const chosen: Candidate[] = [];
	for (const c of sorted) {
		if (c.zh.some((i) => takenZh.has(i)) || c.en.some((i) => takenEn.has(i))) continue;
		c.zh.forEach((i) => takenZh.add(i));
		c.en.forEach((i) => takenEn.add(i));
		chosen.push(c);
	}
	return chosen.sort((a, b) => a.zh[0]! - b.zh[0]!);
}

/** A piece as a word-links file writes it: the words, and `#N` when they occur more than once (substring occurrences, as the build counts them). */
export function piece(text: string, start: number, end: number): string {
	const words = text.slice(start, end);
	let n = 0;
	let nth = 0;
	for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
		n++;
		if (at === start) nth = n;
	}
	return n > 1 ? `${words}#${nth}` : words;
}

/** A paragraph as the proposer reads its Chinese: the glossary's occurrences, and its words as the pinyin pages divide them. */
export interface ReadParagraph {
	paragraph: LayerParagraph;
	terms: TermMatch[];
	words: ReadingWord[];
}

/** Reads a paragraph's Chinese once for all its segments. */
export function readParagraph(paragraph: LayerParagraph, glossary: GlossaryEntry[]): ReadParagraph {
	const terms = findTerms(paragraph.original.text, glossary, 'zh');
	return { paragraph, terms, words: readingWords(paragraph.original.text, terms) };
}

/** The Chinese words of the m-th segment of a paragraph as the proposer reads them, with the numbers and dates in it (segment offsets). */
export function segmentWords(read: ReadParagraph, m: number): { words: ChineseWord[]; numbers: ChineseNumber[] } {
	const { text, offset } = segmentText(read.paragraph, 'zh', m);
	// A number inside a glossary term (第四次 in 全国第四次手工业工作会议) is the term's.
	const numbers = chineseNumbers(text).filter((n) => !read.terms.some((t) => t.start - offset < n.end && n.start < t.end - offset));
	return { words: chineseWords(read, m, numbers), numbers };
}

/** The proposed links of every segment of an article (paragraphs published by paragraph have none), in segment order. */
export function proposeLinks(article: LayerArticle, glossary: GlossaryEntry[]): ProposedSegment[] {
	const out: ProposedSegment[] = [];
	for (const paragraph of article.paragraphs) {
		const read = readParagraph(paragraph, glossary);
		for (let m = 1; m <= paragraph.segments.zh.length; m++) {
			const zhText = segmentText(paragraph, 'zh', m).text;
			const enText = segmentText(paragraph, 'en', m).text;
			const { words: zh, numbers } = segmentWords(read, m);
			const en = englishWords(enText);
			const chosen = choose(candidates(zh, zhText, numbers, en, enText, glossary), zh, zhText.length, en, enText.length);
			out.push({
				segment: segmentAnchor(paragraph.n, m),
				links: chosen.map((c) => ({
					zh: [piece(zhText, zh[c.zh[0]!]!.start, zh[c.zh.at(-1)!]!.end)],
					en: [piece(enText, c.span?.start ?? en[c.en[0]!]!.start, c.span?.end ?? en[c.en.at(-1)!]!.end)],
					by: c.by,
				})),
			});
		}
	}
	return out;
}
