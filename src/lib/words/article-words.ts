// An article's words for the word lookup (words.json): each Chinese paragraph divided as the pinyin pages divide it, each word with its pinyin in context, CC-CEDICT senses and glossary entry, and the word links that say which English words render it.
import type { Article } from '../article.ts';
import type { GlossaryEntry } from '../paragraph/layers/glossary.ts';
import { DICTIONARY, dictionaryParts, inDictionary, sensesOf } from './dictionary.ts';

/** Senses shown per reading, the dictionary's first (it lists the main ones first); the rest are counted. */
export const MAX_SENSES = 6;

/**
 * A word of the article, as the lookup shows it. The keys are one letter: the file holds every word
 * of the article and is fetched on a reader's first lookup (budget: 15 KB gzip for this article).
 */
export interface WordEntry {
	/** The word as the text writes it. */
	w: string;
	/** Its pinyin in context, as the pinyin page reads it, syllables joined (Hanyu Pinyin orthography); a glossary entry's as the glossary writes it. */
	p: string;
	/** Its CC-CEDICT senses in that reading (at most MAX_SENSES). */
	s?: string[];
	/** Where the dictionary lacks that reading: every reading it has, with tone marks, and its senses. */
	r?: [string, string[]][];
	/** How many senses were left out (beyond MAX_SENSES a reading). */
	more?: number;
	/** A word the dictionary lacks (and that is not a person's name): the longest dictionary words it is made of, as indexes in `words`. */
	x?: number[];
	/** The glossary entry's anchor, when the word has one. */
	g?: string;
}

/** words.json: what the lookup needs for one article, fetched on the first lookup. */
export interface ArticleWords {
	dictionary: typeof DICTIONARY;
	/** The glossary entries the article's words have, by anchor. */
	glossary: Record<string, Pick<GlossaryEntry, 'zh' | 'pinyin' | 'en' | 'description'>>;
	words: WordEntry[];
	/**
	 * Each paragraph's Chinese, by anchor, as a sequence that joined is its text: a word's index in
	 * `words`, or -k for k UTF-16 units that are not a word (punctuation, digits, Latin).
	 */
	paragraphs: Record<string, number[]>;
	/**
	 * Each paragraph's reviewed word links (the word-links layer), by anchor, where it has any: each
	 * link as its Chinese and its English pieces, `[start, end, start, end, …]` in UTF-16 offsets of the
	 * paragraph's Chinese and of its English as received, and its English words (for a view without
	 * the translation), pieces joined by " … ".
	 */
	links: Record<string, [zh: number[], en: number[], words: string][]>;
}

/** Syllables joined as one word: an apostrophe before a syllable beginning with a, o or e (Xī'ān). */
export function joinedPinyin(syllables: string[]): string {
	return syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/i.test(s) ? `'${s}` : s)).join('');
}

/** The words of an article, each once (a word read two ways is two), as indexes. */
class WordList {
	readonly words: WordEntry[] = [];
	readonly #index = new Map<string, number>();

	/** The index of the word read with these syllables; its entry is made on first use. */
	add(word: string, syllables: string[], glossary?: GlossaryEntry): number {
		const key = `${word}|${syllables.join(' ')}`;
		let at = this.#index.get(key);
		if (at === undefined) {
			// Its place is taken first: its parts, made with it, come after it.
			at = this.words.push({ w: word, p: '' }) - 1;
			this.#index.set(key, at);
			this.words[at] = this.#entry(word, syllables, glossary);
		}
		return at;
	}

	#entry(word: string, syllables: string[], glossary?: GlossaryEntry): WordEntry {
		const { inContext, readings } = sensesOf(word, syllables);
		const entry: WordEntry = { w: word, p: glossary?.pinyin ?? joinedPinyin(syllables) };
		let more = 0;
		const shown = (senses: string[]) => ((more += Math.max(0, senses.length - MAX_SENSES)), senses.slice(0, MAX_SENSES));
		// In context, the senses of its reading(s), in one list; else every reading, each named.
		if (inContext) entry.s = shown([...new Set(readings.flatMap((r) => r.senses))]);
		else if (readings.length) entry.r = readings.map((r) => [r.pinyin, shown(r.senses)]);
		if (more) entry.more = more;
		if (glossary) entry.g = glossary.id;
		const chars = [...word];
		if (chars.length > 1 && !inDictionary(word) && glossary?.kind !== 'person') {
			entry.x = dictionaryParts(word).map((to, i, ends) => {
				const from = ends[i - 1] ?? 0;
				// A part is a dictionary word: lower case, whatever the whole's spelling (Shǒugōngyè in a name).
				return this.add(chars.slice(from, to).join(''), syllables.slice(from, to).map((s) => s.toLowerCase()));
			});
		}
		return entry;
	}
}

/** The lookup's data for an article, from the same paragraphs, words, readings and glossary occurrences the pages show. */
export function articleWords(article: Article): ArticleWords {
	const list = new WordList();
	const glossary: ArticleWords['glossary'] = {};
	const paragraphs: ArticleWords['paragraphs'] = {};
	const links: ArticleWords['links'] = {};
	const offsets = (pieces: { start: number; end: number }[]) => pieces.flatMap(({ start, end }) => [start, end]);
	for (const paragraph of article.paragraphs) {
		if (paragraph.layers.wordLinks.length) links[paragraph.id] = paragraph.layers.wordLinks.map((link) => [offsets(link.zh), offsets(link.en), link.en.map((piece) => piece.text).join(' … ')]);
		const { words } = paragraph.layers.pinyin;
		const terms = paragraph.layers.glossary.zh;
		const named = new Map(terms.map((t) => [t.entry.zh, t.entry]));
		paragraphs[paragraph.id] = words.map(({ text: word, readings }) => {
			if (!readings) return -word.length;
			const entry = named.get(word);
			if (entry) glossary[entry.id] = { zh: entry.zh, pinyin: entry.pinyin, en: entry.en, description: entry.description };
			return list.add(word, readings, entry);
		});
	}
	return { dictionary: DICTIONARY, glossary, words: list.words, paragraphs, links };
}
