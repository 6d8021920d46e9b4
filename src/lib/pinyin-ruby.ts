// The pinyin reading aid: each character's reading in context, and a paragraph's HTML with <ruby>.
import { pinyin } from 'pinyin-pro';
import { findTerms, type GlossaryEntry, type TermMatch } from './glossary.ts';
import { htmlCharacters, mapHtmlText } from './html.ts';

const HAN = /^\p{Script=Han}$/u;
const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** A glossary occurrence in a text, in code points (the unit readings and words are counted in). */
interface TermSpan {
	entry: GlossaryEntry;
	from: number;
	to: number;
}

/** The code point at which each UTF-16 offset of a text begins (and the end). */
function codePointOffsets(text: string): Map<number, number> {
	const offsets = new Map<number, number>();
	let cp = 0;
	for (let unit = 0; unit < text.length; cp++) {
		offsets.set(unit, cp);
		unit += text.codePointAt(unit)! > 0xffff ? 2 : 1;
	}
	return offsets.set(text.length, cp);
}

function termSpans(text: string, matches: TermMatch[]): TermSpan[] {
	const offsets = codePointOffsets(text);
	return matches.map((m) => ({ entry: m.entry, from: offsets.get(m.start)!, to: offsets.get(m.end)! }));
}

function readingsWith(text: string, spans: TermSpan[]): string[] {
	const readings = pinyin(text, { type: 'all' }).map((item) => (item.isZh ? item.pinyin : ''));
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

// Where the words of a text begin, in code points: the browser's segmenter reads the whole text (it
// needs the context), and each glossary occurrence is made one word (朱德, not 朱 + 德).
function wordStartsWith(text: string, spans: TermSpan[]): Set<number> {
	const offsets = codePointOffsets(text);
	const starts = new Set([...words.segment(text)].map((s) => offsets.get(s.index)!));
	for (const { from, to } of spans) {
		for (let i = from + 1; i < to; i++) starts.delete(i);
		starts.add(from).add(to);
	}
	return starts;
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

/**
 * A Chinese paragraph's HTML with pinyin above each word as `<ruby>`, one ruby per word (see
 * wordStartsWith) and one `<rt>` per character, each character in a `<span>` so the stylesheet can
 * give every character the same advance with its syllable centred over it. `text` is the
 * paragraph's plain text: the HTML's text, character for character, in the same order; `terms` the
 * glossary occurrences found in it. Markup (note and glossary links) stays as it is around the
 * words. The text itself is unchanged: only `<span>`, `<rt>` and `<ruby>` are added.
 */
export function rubyHtml(html: string, text: string, terms: TermMatch[] = []): string {
	const spans = termSpans(text, terms);
	const readings = readingsWith(text, spans);
	const starts = wordStartsWith(text, spans);
	const chars = [...text];
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
