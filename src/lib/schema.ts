// The Zod schemas of the front matter, notes, corrections, alignment and glossary files.
import { z } from 'astro/zod';
import { isIsoDate } from './dates.ts';

// YAML reads an unquoted 1955-01-09 as a Date (midnight UTC); a quoted one stays a string. Both
// become the ISO calendar date, and anything that is not a real date fails with the field's name.
const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
	z.string().refine(isIsoDate, { error: 'must be a calendar date written YYYY-MM-DD, e.g. 1955-01-09' }),
);

const nonEmpty = (what: string) => z.string({ error: `must be ${what}` }).trim().min(1, { error: `must be ${what}, not empty` });

/** Front matter of an original (`zh.md`): the bibliographic record of the newspaper article. */
export const originalSchema = z.strictObject({
	language: z.literal('zh-Hans', { error: 'must be zh-Hans (the original is in simplified Chinese)' }),
	title: nonEmpty('the headline as printed'),
	date: isoDate,
	publication: z.strictObject({
		zh: nonEmpty('the publication name in Chinese, e.g. 人民日报'),
		en: nonEmpty("the publication name in English, e.g. People's Daily"),
	}),
	page: z.int({ error: 'must be the page number as a whole number, e.g. 1' }).positive(),
	column: z.string({ error: 'must be the column (专栏) as printed, or "" when the source gives none' }),
	author: z.string({ error: 'must be the author as printed, or null when the source names none' }).min(1).nullable(),
	source: nonEmpty('a description of where the transcription comes from'),
});

/** Front matter of a translation (`en.md`). */
export const translationSchema = z.strictObject({
	language: z.literal('en', { error: 'must be en' }),
	title: nonEmpty('the translated headline'),
	translator: z.string({ error: 'must be the translator’s name, or null when unknown (and say so in translatorNote)' }).min(1).nullable(),
	translatorNote: nonEmpty('a statement about the translator, e.g. "Unknown. The source names no translator."'),
	source: nonEmpty('a description of where the translation comes from'),
});

/** The validated front matter of an original. */
export type OriginalRecord = z.infer<typeof originalSchema>;
/** The validated front matter of a translation. */
export type TranslationRecord = z.infer<typeof translationSchema>;

/** A notes file (`notes.yaml`): the editorial notes of one article. */
export const notesSchema = z.strictObject({
	notes: z.array(
		z.strictObject({
			paragraph: z.int({ error: 'must be the number of the paragraph the note is about' }).positive(),
			phrase: z.string().min(1).optional(),
			lang: z.enum(['zh', 'en'], { error: 'must be zh or en: the language of the phrase' }).optional(),
			text: nonEmpty('the note, in English'),
			basis: nonEmpty('what the note rests on: a source, or the text itself'),
		}),
	),
});

/**
 * A corrections file (`corrections.yaml`): the editors' corrections of errors of meaning in one
 * article's translation. Each names its segment, the received words it replaces (or, for an
 * omission, the words it inserts before or after), the editors' reading, and why.
 */
export const correctionsSchema = z.strictObject({
	corrections: z.array(
		z
			.strictObject({
				segment: z.string({ error: 'must be the anchor of the English segment, e.g. p4-s2 (or p4 for a paragraph published without sentence anchors)' }).regex(/^p[1-9]\d*(?:-s[1-9]\d*)?$/, { error: 'must be a segment anchor such as p4-s2, or p4' }),
				received: z.string().min(1).optional(),
				after: z.string().min(1).optional(),
				before: z.string().min(1).optional(),
				// Not trimmed: an insertion's reading carries its own space (`"(This paper's report) "`).
				reading: z.string({ error: "must be the editors' reading, in English" }).refine((r) => r.trim() !== '', { error: "must be the editors' reading, in English, not empty" }),
				reason: nonEmpty('why: quote the Chinese the received words render, and say what it says'),
				by: nonEmpty('who made the correction, e.g. the editors'),
				date: isoDate,
			})
			.refine((c) => [c.received, c.after, c.before].filter((v) => v !== undefined).length === 1, {
				error: 'must have exactly one of received (the words replaced), after or before (where an omission is inserted)',
			}),
	),
});

/** A corrections file as written. */
export type CorrectionsSource = z.infer<typeof correctionsSchema>;

/** The words of one side of a word link: each as it occurs in the segment, `#N` after it for its N-th occurrence. */
const linkedWords = (lang: string) => z.array(z.string().min(1), { error: `must list the ${lang} words of the link, as they occur in the segment` }).min(1);

/**
 * A word-links file (`word-links.yaml`): for each segment of an article, which Chinese words the
 * translation renders by which English words, reviewed by an editor before they are published.
 */
export const wordLinksSchema = z.strictObject({
	segments: z.array(
		z.strictObject({
			segment: z.string().regex(/^p[1-9]\d*-s[1-9]\d*$/, { error: 'must be a segment anchor such as p4-s2' }),
			reviewed: z.boolean({ error: 'must be true once an editor has checked every link of the segment, false until then' }),
			links: z.array(z.strictObject({ zh: linkedWords('Chinese'), en: linkedWords('English'), note: z.string().trim().min(1).optional() })),
			unrendered: z.array(z.string().min(1)).optional(),
			added: z.array(z.string().min(1)).optional(),
		}),
	),
});

/** A word-links file as written. */
export type WordLinksSource = z.infer<typeof wordLinksSchema>;

/** Sentence numbers in a segment group: one, or several in a row (`[1, 2]`). */
const sentenceNumbers = (lang: string) =>
	z.array(z.int().positive(), { error: `must list the ${lang} sentence numbers of the segment, e.g. [1] or [2, 3]` }).min(1);

/**
 * An alignment file (`alignment.yaml`): for the paragraphs whose translation merges or splits
 * sentences, which sentences form each segment, in order, and whether an editor has reviewed them.
 */
export const alignmentSchema = z.strictObject({
	paragraphs: z.array(
		z.strictObject({
			paragraph: z.int({ error: 'must be the number of the paragraph whose sentences are grouped' }).positive(),
			// `npm run align -- <slug> --write` writes `reviewed: false`: such groups publish no sentence
			// anchors until an editor has checked them and set it to true (or removed the line).
			reviewed: z.boolean({ error: 'must be true once an editor has checked the groups, false until then' }).optional(),
			segments: z.array(z.strictObject({ zh: sentenceNumbers('Chinese'), en: sentenceNumbers('English') })).min(1),
		}),
	),
});
/** An alignment file as written. */
export type AlignmentSource = z.infer<typeof alignmentSchema>;

/** The glossary file (`content/glossary.yaml`): people, organisations, events and terms the articles name. */
export const glossarySchema = z.strictObject({
	entries: z.array(
		z.strictObject({
			id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be the entry’s anchor: lowercase letters, digits and single hyphens' }),
			zh: nonEmpty('the Chinese form, exactly as the original writes it'),
			pinyin: nonEmpty('the pinyin, with tones'),
			en: nonEmpty('the English form'),
			forms: z.array(nonEmpty('an English form as the translation writes it')).optional(),
			kind: z.enum(['person', 'organisation', 'event', 'term', 'slogan'], { error: 'must be person, organisation, event, term or slogan' }),
			description: nonEmpty('one line on what it is, only what is certain'),
			authority: nonEmpty('an authority identifier verified against its file (e.g. wikidata:Q…), or none'),
		}),
	),
});
/** A glossary entry as written. */
export type GlossarySource = z.infer<typeof glossarySchema>['entries'][number];
