// How search results are found in the text and ranked: the one place that decides what a hit is,
// which sentence it lands on, what is marked, and in what order hits are listed. Runs in the browser,
// on each candidate article's segments.json (the indexes only choose the candidate articles).
import { findMatches } from './highlight.ts';
import type { NormalisedQuery } from './query.ts';
import type { HitSegment } from './segment-hit.ts';
import { stemMatches, WORD } from './stem.ts';

/**
 * The ranks, best first. Within a rank, hits follow the articles' dates, then the paragraphs' order.
 * - exact: every Chinese string occurs exactly, like the browser's find (工业 inside 手工业 too), and
 *   every quoted English phrase occurs as written (whole words, any case);
 * - wordForms: every English word occurs in the form typed (whole word, any case);
 * - stems: every English word occurs, some only by its stem (productivity → production; see
 *   stemMatches, the stemmer the English index is built with); a word that merely
 *   begins the word typed (Zhu for zhude, which Pagefind offers when it finds nothing) is no hit;
 * - pinyin: only the pinyin of the Chinese matched (loose: syllables say nothing of characters).
 * A query of several kinds (Chinese and English words) takes the lowest rank of its parts. Chinese
 * characters that occur apart (手工业 … 合作化 for 手工业合作化) are no hit: a reader who wants the
 * words apart types them apart (手工业 合作化), and each is then found exactly.
 */
export const RANK = { exact: 0, wordForms: 1, stems: 2, pinyin: 3 } as const;
export type Rank = (typeof RANK)[keyof typeof RANK];

/** A candidate article, as its segments.json and the index's metadata give it. */
export interface CandidateArticle {
	slug: string;
	/** The parallel page, under the base, without query or hash. */
	url: string;
	title: { zh: string; en: string };
	/** Its date in the paper (YYYY-MM-DD). */
	date: string;
	segments: HitSegment[];
}

/** What the pinyin index said of an article's paragraphs, by paragraph number. */
export interface IndexEvidence {
	/** Paragraphs whose pinyin matched, with their Chinese opening to show. */
	pinyin?: Map<number, string>;
}

/** For each typed word, the words of a text it finds by its stem (see stemMatches), as written there. */
function formsByStem(text: string, typed: string[]): string[][] {
	const written = [...new Set(text.match(WORD) ?? [])];
	return typed.map((word) => written.filter((found) => stemMatches(word, found)));
}

/** One paragraph in the results: its rank, the sentence pair it lands on, and the words to mark. */
export interface ParagraphResult {
	/** `slug#pN`: one entry per paragraph, whatever matched in it. */
	key: string;
	article: string;
	n: number;
	date: string;
	title: { zh: string; en: string };
	rank: Rank;
	/** The page and anchor a result opens: the sentence (`#pN-sM`), or the paragraph for a pinyin hit. */
	url: string;
	/** The sentence pair holding the first match, and the language it matched in (shown first). */
	segment?: HitSegment;
	first?: 'zh' | 'en';
	/** What to mark, here and on arrival: the Chinese strings, the English words and phrases as the text has them. */
	words: string[];
	/** The paragraph also (or only) matched in pinyin; for a pinyin-only hit, its Chinese opening. */
	pinyin?: string;
}

/** The paragraphs of a candidate article that the query finds, each with its rank. */
export function articleResults(query: NormalisedQuery, article: CandidateArticle, evidence: IndexEvidence): ParagraphResult[] {
	const paragraphs = new Map<number, HitSegment[]>();
	for (const segment of article.segments.map(bothReadings)) paragraphs.set(segment.paragraph, [...(paragraphs.get(segment.paragraph) ?? []), segment]);
	const results: ParagraphResult[] = [];
	for (const [n, segments] of paragraphs) {
		const zh = segments.map((s) => s.zh).join('');
		const en = segments.map((s) => s.en).join('');
		const base = { key: `${article.slug}#p${n}`, article: article.slug, n, date: article.date, title: article.title };
		const pinyin = query.pinyin ? evidence.pinyin?.get(n) : undefined;
		// The rank of each part of the query here, or undefined where that part is not found.
		const ranks: (Rank | undefined)[] = [];
		let english: string[] = [];
		if (query.han.length) {
			ranks.push(query.han.every((string) => zh.includes(string)) ? RANK.exact : undefined);
		}
		// Latin words and phrases are looked for in the English, and in the Chinese as well, which
		// may quote Latin letters (names, codes); the exact form in either counts.
		let latinInChinese: string[] = [];
		if (query.words.length || query.phrases.length) {
			const occurs = (text: string, item: string) => findMatches(text, [item]).length > 0;
			const phrases = query.phrases.every((phrase) => occurs(en, phrase) || occurs(zh, phrase));
			const asTyped = (word: string) => occurs(en, word) || occurs(zh, word);
			const forms = query.words.every(asTyped);
			// Only where a word is not there as typed are the paragraph's words stemmed, once for all typed words.
			const byStem = forms ? [] : formsByStem(en, query.words);
			const stems = !forms && query.words.every((word, i) => asTyped(word) || byStem[i]!.length > 0);
			ranks.push(!phrases ? undefined : forms ? (query.words.length ? RANK.wordForms : RANK.exact) : stems ? RANK.stems : undefined);
			// Marked: the phrases and the words as typed; the forms found by stem only where nothing as typed is there.
			english = [...query.phrases, ...query.words, ...byStem.flat()].filter((word) => occurs(en, word));
			latinInChinese = [...query.phrases, ...query.words].filter((word) => occurs(zh, word));
		}
		if (ranks.length && ranks.every((rank) => rank !== undefined)) {
			const words = [...query.han, ...latinInChinese, ...english];
			const landed = landing(segments, [...query.han, ...latinInChinese], english);
			results.push({
				...base,
				rank: Math.max(...(ranks as Rank[])) as Rank,
				url: `${article.url}#${landed?.segment.id ?? `p${n}`}`,
				...(landed ?? {}),
				words: [...new Set(words)],
				...(pinyin !== undefined ? { pinyin } : {}),
			});
		} else if (pinyin !== undefined) {
			results.push({ ...base, rank: RANK.pinyin, url: `${article.url}#p${n}`, words: [], pinyin });
		}
	}
	return results;
}

/**
 * A segment whose English the editors corrected is searched, and shown in the results, in both
 * readings: the received, then the editors' in square brackets (the mark of an editor's words).
 */
function bothReadings(segment: HitSegment): HitSegment {
	if (segment.corrected === undefined) return segment;
	return { ...segment, en: `${segment.en.trimEnd()} [${segment.corrected.trim()}]${segment.en.slice(segment.en.trimEnd().length)}` };
}

/** The sentence pair a hit lands on: the one holding the paragraph's first Chinese match, else its first English one. */
function landing(segments: HitSegment[], han: string[], english: string[]): { segment: HitSegment; first: 'zh' | 'en' } | undefined {
	for (const [first, words] of [['zh', han], ['en', english]] as const) {
		if (!words.length) continue;
		// The match's start decides, so a string that runs on into the next sentence lands where it begins.
		const text = segments.map((s) => s[first]).join('');
		const start = findMatches(text, words)[0]?.[0];
		if (start === undefined) continue;
		let at = 0;
		for (const segment of segments) {
			at += segment[first].length;
			if (start < at) return { segment, first };
		}
	}
	return undefined;
}

/** The results in their order: by rank, then the article's date, then paragraph order. */
export function rankResults(results: ParagraphResult[]): ParagraphResult[] {
	return [...results].sort((a, b) => a.rank - b.rank || a.date.localeCompare(b.date) || a.article.localeCompare(b.article) || a.n - b.n);
}
