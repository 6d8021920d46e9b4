// Builds a paragraph's HTML in both languages by named steps in one declared order (see STEPS).
import { findTerms, markTerms, type GlossaryEntry, type TermMatch } from '../glossary.ts';
import { markPhrase, type EditorialNote } from '../notes.ts';
import { rubyHtml } from '../pinyin-ruby.ts';

/**
 * The steps, in the order they run. Each takes the HTML the one before it made:
 * - text: the paragraph's HTML as the Markdown pipeline wrote it (src/lib/markdown/);
 * - notes: each note's phrase becomes a link to the note (it must run on plain text, so first);
 * - terms: each glossary occurrence becomes a link to its entry (a span inside a note's link);
 * - ruby: the Chinese gets pinyin above each word, for the pinyin pages only.
 * Sentence segments will run between terms and ruby.
 */
export const STEPS = ['text', 'notes', 'terms', 'ruby'] as const;

/** One language of a paragraph: its plain text, its HTML, and the glossary terms found in it. */
export interface ParagraphText {
	text: string;
	html: string;
	/** The glossary occurrences in `text`, found once for marking, ruby and back-links. */
	terms: TermMatch[];
}

/** The Chinese of a paragraph, also with pinyin above the words (the pinyin pages' HTML). */
export interface OriginalText extends ParagraphText {
	ruby: string;
}

/** What the steps after `text` add: the paragraph's notes, the glossary, and where its entries live. */
export interface ParagraphLayers {
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

/** ruby: pinyin above each Chinese word, glossary names with their own spelling. */
export const rubyStep = rubyHtml;

/** Runs every step on one language of a paragraph. */
function build(source: { html: string; text: string }, lang: 'zh' | 'en', layers: ParagraphLayers): ParagraphText {
	const terms = findTerms(source.text, layers.glossary, lang);
	const html = termsStep(notesStep(source.html, layers.notes, lang, layers.notesFile), terms, layers.termHref);
	return { text: source.text, html, terms };
}

/** A paragraph's HTML in both languages, from the Markdown pipeline's `text` step to `ruby`. */
export function buildParagraph(
	source: { original: { html: string; text: string }; translation: { html: string; text: string } },
	layers: ParagraphLayers,
): { original: OriginalText; translation: ParagraphText } {
	const original = build(source.original, 'zh', layers);
	return {
		original: { ...original, ruby: rubyStep(original.html, original.text, original.terms) },
		translation: build(source.translation, 'en', layers),
	};
}
