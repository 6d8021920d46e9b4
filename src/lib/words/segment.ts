// Where the words of a Chinese text begin: the browser's word segmenter, repaired with CC-CEDICT, glossary terms kept whole.
import { inDictionary } from './dictionary.ts';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /^\p{Script=Han}$/u;
const NUMERAL = /^[〇零一二三四五六七八九十百千万亿两]$/u;
/** Prepositions and conjunctions that the segmenter joins to the word after them (对手|工业 for 对 手工业). */
const FUNCTION_WORD = /^[对在和与及把被从向为以将给跟同]$/u;

/** A stretch of a text, in code points. */
export interface Span {
	from: number;
	to: number;
}

/** The code point at which each UTF-16 offset of a text begins (and the end). */
export function codePointOffsets(text: string): Map<number, number> {
	const offsets = new Map<number, number>();
	let cp = 0;
	for (let unit = 0; unit < text.length; cp++) {
		offsets.set(unit, cp);
		unit += text.codePointAt(unit)! > 0xffff ? 2 : 1;
	}
	return offsets.set(text.length, cp);
}

/** Consecutive spans covering `length`, cut at `cuts` (sorted, inside it). */
function spansBetween(cuts: number[], length: number): Span[] {
	const bounds = [0, ...cuts, length];
	return bounds.slice(1).map((to, i) => ({ from: bounds[i]!, to }));
}

/**
 * The segmenter's words of a run of Han characters, repaired; its segmentation of this period's
 * prose is poor (手|工业 for every 手工业 of this article outside glossary terms; 了一|九五|四年
 * for 了 一九五四 年), and every repair only moves boundaries between its words, in three steps:
 * 1. a run of numerals (一九五四, 二百) is one word;
 * 2. neighbouring words that together are a dictionary word are one (手|工业 → 手工业), longest first;
 * 3. a preposition or conjunction that begins a two-character word stands alone when its second
 *    character and the next word make a longer dictionary word (对手|工业 → 对|手工业; 提高|质量
 *    stays, though 高质量 is a word).
 */
function repair(chars: string[], cuts: number[]): Span[] {
	const word = (from: number, to: number) => chars.slice(from, to).join('');
	// 1. Numerals: the cuts inside a run of two or more go, and its ends are cut.
	const cutSet = new Set(cuts);
	for (let from = 0; from < chars.length; ) {
		let to = from;
		while (to < chars.length && NUMERAL.test(chars[to]!)) to++;
		if (to - from >= 2) {
			for (let i = from + 1; i < to; i++) cutSet.delete(i);
			cutSet.add(from).add(to);
		}
		from = Math.max(to, from + 1);
	}
	cutSet.delete(0);
	cutSet.delete(chars.length);
	const spans = spansBetween([...cutSet].sort((x, y) => x - y), chars.length);
	// 2. Merges into dictionary words.
	const merged: Span[] = [];
	for (let i = 0; i < spans.length; ) {
		let k = Math.min(4, spans.length - i);
		while (k > 1 && !inDictionary(word(spans[i]!.from, spans[i + k - 1]!.to))) k--;
		merged.push({ from: spans[i]!.from, to: spans[i + k - 1]!.to });
		i += k;
	}
	// 3. Function words split off.
	for (let i = 0; i + 1 < merged.length; i++) {
		const [a, b] = [merged[i]!, merged[i + 1]!];
		if (a.to - a.from !== 2 || !FUNCTION_WORD.test(chars[a.from]!) || inDictionary(word(a.from, b.to))) continue;
		if (inDictionary(word(a.to - 1, b.to))) {
			a.to--;
			b.from--;
		}
	}
	return merged;
}

/**
 * Where the words of a text begin, in code points (and its end). The browser's segmenter reads the
 * whole text (it needs the context); each of `kept` (the glossary's occurrences) is one word (朱德,
 * not 朱 + 德); the words of each run of Han characters between them are repaired (see repair).
 */
export function wordStarts(text: string, kept: Span[]): Set<number> {
	const chars = [...text];
	const offsets = codePointOffsets(text);
	const segmenterStarts = new Set([...segmenter.segment(text)].map((s) => offsets.get(s.index)!));
	const keptAt = new Map(kept.map((span) => [span.from, span.to]));
	const starts = new Set<number>([chars.length]);
	for (let at = 0; at < chars.length; ) {
		const keptTo = keptAt.get(at);
		if (keptTo !== undefined) {
			starts.add(at);
			at = keptTo;
		} else if (!HAN.test(chars[at]!)) {
			if (segmenterStarts.has(at)) starts.add(at);
			at++;
		} else {
			let end = at + 1;
			while (end < chars.length && HAN.test(chars[end]!) && !keptAt.has(end)) end++;
			const cuts = [...segmenterStarts].filter((s) => s > at && s < end).map((s) => s - at).sort((x, y) => x - y);
			for (const span of repair(chars.slice(at, end), cuts)) starts.add(at + span.from);
			at = end;
		}
	}
	return starts;
}
