// Builds a paragraph's HTML in both languages by named steps, in the order below (buildParagraph runs them).
import { paragraphAnchor, segmentAnchor } from '../anchors.ts';
import { SourceError } from '../errors.ts';
import { findTerms, markTerms, type GlossaryEntry, type TermMatch } from '../glossary.ts';
import { htmlUnits } from '../html.ts';
import { markPhrase, type EditorialNote } from '../notes.ts';
import { readingWords, rubyHtml, type ReadingWord } from '../pinyin-ruby.ts';

/*
 * The steps, in the order buildParagraph runs them (tests/unit/paragraph-pipeline.test.ts checks the
 * order by its output). Each takes the HTML the one before it made:
 * - text: the paragraph's HTML as the Markdown pipeline wrote it (src/lib/markdown/);
 * - notes: each note's phrase becomes a link to the note (it must run on plain text, so first);
 * - terms: each glossary occurrence becomes a link to its entry (a span inside a note's link);
 * - segments: each sentence becomes an element `data-seg="pN-sM"` with its language, paired with
 *   the other language's sentence of the same number;
 * - ruby: the Chinese gets pinyin above each word, for the pinyin pages only.
 */

/** One language of a paragraph: its plain text, its sentences, its HTML, and the glossary terms found in it. */
export interface ParagraphText {
	text: string;
	/**
	 * The text's segments, in order: its sentences, or runs of them where the alignment file groups
	 * them. Joined, they are the text; the m-th is segment `pN-sM`.
	 */
	sentences: string[];
	/** The HTML, segments marked; on pages where this language holds the segment ids, `anchoredHtml`. */
	html: string;
	anchoredHtml: string;
	/** The glossary occurrences in `text`, found once for marking, ruby and back-links. */
	terms: TermMatch[];
}

/** The Chinese of a paragraph, also with pinyin above the words (the pinyin pages' HTML, with the ids). */
export interface OriginalText extends ParagraphText {
	ruby: string;
	/** Its words with their readings, found once for the ruby and the word lookup (see pinyin-ruby.ts). */
	words: ReadingWord[];
}

/** What the steps after `text` add: the paragraph's notes, the glossary, and where its entries live. */
export interface ParagraphLayers {
	/** The paragraph's number, and where it comes from, for messages. */
	n: number;
	where: string;
	notes: EditorialNote[];
	/** The notes file, for messages. */
	notesFile: string;
	glossary: GlossaryEntry[];
	termHref: (id: string) => string;
}

/** notes: links each note's phrase, in its language, to the note. */
export function notesStep(html: string, notes: EditorialNote[], lang: 'zh' | 'en', file: string): string {
	return notes.filter((note) => note.lang === lang).reduce((out, note) => markPhrase(out, note, file), html);
}

/** terms: links each glossary occurrence found in the text to its entry. */
export const termsStep = markTerms;

/**
 * segments: wraps each sentence of a paragraph's HTML (`sentences`, which joined are its text) in
 * `<span data-seg="pN-sM" lang>`; with `anchored`, each also carries `id="pN-sM"` (one language per
 * page holds the ids). A sentence end inside a link (a note's phrase running over two sentences)
 * fails, naming `where` and the fix.
 */
export function segmentsStep(html: string, sentences: string[], paragraph: number, lang: 'zh' | 'en', anchored: boolean, where: string): string {
	const language = lang === 'zh' ? 'zh-Hans' : 'en';
	// An unpaired paragraph (no sentences: see pairSentences) is one segment named by the paragraph,
	// `pN`, never an anchor: the layouts show it as one block per language, and the paragraph's own
	// anchor (on its row) is the only one published.
	if (!sentences.length) return `<span data-seg="${paragraphAnchor(paragraph)}" lang="${language}">${html}</span>`;
	const ends: number[] = [];
	sentences.reduce((at, s) => (ends.push(at + s.length), at + s.length), 0);
	const open = (m: number) => {
		const id = segmentAnchor(paragraph, m);
		return `<span${anchored ? ` id="${id}"` : ''} data-seg="${id}" lang="${language}">`;
	};
	let out = open(1);
	let m = 1;
	let at = 0;
	let depth = 0;
	// A sentence starts where the one before it ends: before the next tag or character found there.
	const boundary = (inside: boolean) => {
		while (m < sentences.length && at === ends[m - 1]) {
			if (inside) throw new SourceError(`${where}: sentence ${m} ends inside a link (a note’s phrase or a glossary term) in ¶${paragraph}. Fix: choose a phrase inside one sentence.`);
			out += `</span>${open(++m)}`;
		}
	};
	for (const part of html.split(/(<[^>]+>)/)) {
		if (part.startsWith('</')) {
			depth--;
			out += part;
		} else if (part.startsWith('<')) {
			boundary(depth > 0);
			if (!part.endsWith('/>')) depth++;
			out += part;
		} else {
			for (const unit of htmlUnits(part)) {
				boundary(depth > 0);
				out += unit;
				at++;
			}
		}
	}
	return `${out}</span>`;
}

/** ruby: pinyin above each Chinese word, glossary names with their own spelling. */
export const rubyStep = rubyHtml;

/** Runs every step but ruby on one language of a paragraph. */
function build(source: { html: string; text: string }, sentences: string[], lang: 'zh' | 'en', layers: ParagraphLayers): ParagraphText {
	const terms = findTerms(source.text, layers.glossary, lang);
	const html = termsStep(notesStep(source.html, layers.notes, lang, layers.notesFile), terms, layers.termHref);
	const segmented = (anchored: boolean) => segmentsStep(html, sentences, layers.n, lang, anchored, layers.where);
	return { text: source.text, sentences, html: segmented(false), anchoredHtml: segmented(true), terms };
}

/**
 * A paragraph's HTML in both languages, from the Markdown pipeline's `text` step to `ruby`.
 * `sentences` are each language's sentences, paired by number (the caller checks the counts); none
 * in both languages for a paragraph aligned by paragraph only.
 */
export function buildParagraph(
	source: { original: { html: string; text: string }; translation: { html: string; text: string } },
	sentences: { zh: string[]; en: string[] },
	layers: ParagraphLayers,
): { original: OriginalText; translation: ParagraphText } {
	const original = build(source.original, sentences.zh, 'zh', layers);
	const words = readingWords(original.text, original.terms);
	return {
		original: { ...original, words, ruby: rubyStep(original.anchoredHtml, words) },
		translation: build(source.translation, sentences.en, 'en', layers),
	};
}
