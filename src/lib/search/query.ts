// A search query as typed, normalised: simplified characters, exact Chinese strings, English words and phrases, pinyin.
import { couldBePinyin } from './pinyin-syllables.ts';
import { wordStems } from './stem.ts';
import { toSimplified, type TraditionalMap } from './traditional.ts';

/** A reader's query made ready for the indexes and for the exact checks that follow them. */
export interface NormalisedQuery {
	/** Strings holding Chinese characters (space-separated words, or quoted), each to occur exactly in a paragraph's Chinese. */
	han: string[];
	/** English (Latin) words outside quotes, each to occur in a paragraph's English: as typed, or (ranked lower) by its stem. */
	words: string[];
	/** Quoted English phrases, each to occur exactly in a paragraph's English (whole words, any case). */
	phrases: string[];
	/** Sent to the Chinese index, which holds single characters: the query's characters, one word each. */
	chinese?: string;
	/** Sent to the English index, which holds stems: the stems of the words and of the phrases' words (see wordStems). */
	english?: string;
	/**
	 * For a query in Latin letters only that could be pinyin (see couldBePinyin), the same letters
	 * joined and lower-cased (`Zhu De` → `zhude`), sent to the pinyin records alone: pinyin is indexed
	 * as joined syllables, and spaced syllables (`zhu`, `de`) would each match half the text.
	 */
	pinyin?: string;
}

const HAN = /\p{Script=Han}/u;
const QUOTED = /["“”「」『』]([^"“”「」『』]*)["“”「」『』]?/g;
/** Punctuation around a typed word (quotes, brackets, commas), never inside it (People's, well-known). */
const EDGE = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * Normalises a query: traditional characters become the simplified ones the text uses, pinyin tone
 * marks are dropped (shǒugōngyè → shougongye, since the index holds toneless pinyin), quoted English
 * becomes a phrase, quoted or spaced Chinese a string to find exactly.
 */
export function normaliseQuery(raw: string, map: TraditionalMap): NormalisedQuery {
	const text = stripToneMarks(toSimplified(raw.normalize('NFC'), map));
	const han: string[] = [];
	const words: string[] = [];
	const phrases: string[] = [];
	const add = (list: string[], item: string) => {
		if (item && !list.includes(item)) list.push(item);
	};
	const rest = text.replace(QUOTED, (_, inside: string) => {
		const spaced = inside.replace(/\s+/g, ' ').trim();
		if (HAN.test(spaced)) add(han, spaced.replace(/\s+/g, ''));
		else if (spaced.includes(' ')) add(phrases, spaced);
		else add(words, spaced.replace(EDGE, ''));
		return ' ';
	});
	for (const token of rest.split(/\s+/)) {
		const word = token.replace(EDGE, '');
		add(HAN.test(word) ? han : words, word);
	}
	const chars = [...new Set(han.join('').match(/\p{Script=Han}/gu) ?? [])];
	const latin = [...words, ...phrases].join(' ');
	const english = wordStems(latin).join(' ');
	const letters = !han.length && latin && /^[a-z' ]+$/i.test(latin) ? latin.replace(/[' ]/g, '').toLowerCase() : '';
	return {
		han,
		words,
		phrases,
		...(chars.length ? { chinese: chars.join(' ') } : {}),
		...(english ? { english } : {}),
		...(letters && couldBePinyin(letters) ? { pinyin: letters } : {}),
	};
}

/** Whether a query holds anything to search for. */
export function isEmptyQuery(query: NormalisedQuery): boolean {
	return !query.han.length && !query.words.length && !query.phrases.length;
}

/** Removes combining accents from Latin letters (pinyin tones), leaving Chinese characters intact. */
export function stripToneMarks(text: string): string {
	return text.normalize('NFD').replace(/(\p{Script=Latin})\p{M}+/gu, '$1').normalize('NFC');
}
