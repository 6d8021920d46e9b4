// The pinyin layer: each character's reading in context, and a paragraph's HTML with <ruby>.
import { findTerms, type GlossaryEntry, type ParagraphTerms, type TermMatch } from './glossary.ts';
import type { ParagraphLayer } from '../layer.ts';
import { htmlCharacters, mapHtmlText } from '../../html.ts';
import { readingsInContext } from '../../words/pinyin.ts';
import { codePointOffsets, wordStarts, type Span } from '../../words/segment.ts';

const HAN = /^\p{Script=Han}$/u;

/** A glossary occurrence in a text, in code points (the unit readings and words are counted in). */
interface TermSpan extends Span {
	entry: GlossaryEntry;
}

function termSpans(text: string, matches: TermMatch[]): TermSpan[] {
	const offsets = codePointOffsets(text);
	return matches.map((m) => ({ entry: m.entry, from: offsets.get(m.start)!, to: offsets.get(m.end)! }));
}

function readingsWith(text: string, spans: TermSpan[]): string[] {
	const readings = readingsInContext(text);
	for (const { entry, from, to } of spans) {
		const spelled = entry.pinyin.normalize('NFC').replace(/[^\p{L}]/gu, '');
		let at = 0;
		for (let i = from; i < to; i++) {
			const reading = readings[i] ?? '';
			const written = spelled.slice(at, at + reading.length);
			if (!reading || written.toLowerCase() !== reading.toLowerCase()) break;
			readings[i] = written;
			at += reading.length;
		}
	}
	return [...text].map((_, i) => readings[i] ?? '');
}

/**
 * The reading of each character of a Chinese text, with tones: pinyin-pro reads the whole text so
 * polyphonic characters get their reading in context. Where a glossary entry occurs, its pinyin is
 * used syllable by syllable when it spells the same reading, so names keep their capitals (Zhū Dé,
 * Bái Rúbīng). Characters that are not Han get an empty reading.
 */
export function readingsOf(text: string, glossary: GlossaryEntry[] = []): string[] {
	return readingsWith(text, termSpans(text, findTerms(text, glossary, 'zh')));
}

/** A run of a text as the reading aids divide it: a Chinese word with each character's reading, or text between words. */
export interface ReadingWord {
	text: string;
	/** One reading per character (code point); none for text that is not a word. */
	readings?: string[];
}

/**
 * A Chinese text divided as the pinyin pages divide it (see words/segment.ts): its words, each with
 * its characters' readings in context, and the runs of other characters between them (punctuation,
 * digits, Latin), in order; joined, they are the text. `terms` are the glossary occurrences in it.
 */
export function readingWords(text: string, terms: TermMatch[] = []): ReadingWord[] {
	const spans = termSpans(text, terms);
	const readings = readingsWith(text, spans);
	const starts = wordStarts(text, spans);
	const out: ReadingWord[] = [];
	[...text].forEach((char, k) => {
		const han = HAN.test(char);
		const last = out.at(-1);
		if (last && Boolean(last.readings) === han && !(han && starts.has(k))) {
			last.text += char;
			last.readings?.push(readings[k]!);
		} else out.push(han ? { text: char, readings: [readings[k]!] } : { text: char });
	});
	return out;
}

/**
 * A Chinese paragraph's HTML with pinyin above each word as `<ruby>`, one ruby per word and one
 * `<rt>` per character, each character in a `<span>` so the stylesheet can give every character the
 * same advance with its syllable centred over it. `words` are the paragraph's text as readingWords
 * divides it (computed once per paragraph: the word lookup uses them too); joined, they are the
 * HTML's text, character for character, in the same order. Markup (note and glossary links) stays as
 * it is around the words. The text itself is unchanged: only `<span>`, `<rt>` and `<ruby>` are added.
 */
export function rubyHtml(html: string, words: ReadingWord[]): string {
	const chars: string[] = [];
	const readings: string[] = [];
	const starts = new Set<number>();
	for (const word of words) {
		starts.add(chars.length);
		for (const [i, char] of [...word.text].entries()) {
			chars.push(char);
			readings.push(word.readings?.[i] ?? '');
		}
	}
	let k = 0;
	return mapHtmlText(html, (part) => {
		// An entity (&#x26;) is one character of the text.
		const units = htmlCharacters(part);
		let out = '';
		let word: string[] = [];
		const flush = () => {
			if (word.length) out += `<ruby>${word.join('')}</ruby>`;
			word = [];
		};
		for (const unit of units) {
			if (starts.has(k)) flush();
			if (HAN.test(chars[k] ?? '')) word.push(`<span>${unit}</span><rt>${readings[k]}</rt>`);
			else {
				flush();
				out += unit;
			}
			k++;
		}
		flush();
		return out;
	});
}

/** What the pinyin layer attaches to a paragraph: its Chinese divided into words with their readings. */
export interface ParagraphReadings {
	words: ReadingWord[];
}

/**
 * The pinyin layer: each paragraph's Chinese words with their readings in context, glossary names
 * spelled as the glossary spells them (it reads the glossary layer's occurrences, registered before
 * it); the pipeline's `ruby` step sets them above the text for the pinyin pages, and the word lookup
 * reads them.
 */
export function pinyinLayer(): ParagraphLayer<'pinyin', ParagraphReadings> {
	return {
		name: 'pinyin',
		attach: () => (paragraph, earlier) => ({ words: readingWords(paragraph.original.text, (earlier.glossary as ParagraphTerms | undefined)?.zh) }),
	};
}
