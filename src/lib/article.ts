// From loaded source files to the edition's articles: pairing, checks, alignment, and the paragraph pipeline.
import { paragraphAnchor } from './anchors.ts';
import { SourceError, SourceProblems } from './errors.ts';
import { checkGlossary, type GlossaryEntry } from './glossary.ts';
import { attachNotes, type EditorialNote, type NoteSource } from './notes.ts';
import { buildParagraph, type OriginalText, type ParagraphText } from './paragraph/pipeline.ts';
import { chineseSentences, englishSentences } from './paragraph/sentences.ts';
import { entryLine, groupSentences, type AlignmentFile } from './paragraph/alignment.ts';
import type { OriginalRecord, TranslationRecord } from './schema.ts';
import type { SourceData, SourceParagraph } from './markdown/source-data.ts';

/** One source file of an article as loaded from the content collections. */
export interface SourceText<Record> {
	/** The article's slug (its folder name). */
	slug: string;
	/** Path of the Markdown file relative to the project, for messages. */
	file: string;
	/** The front matter with the file's path: the one record object the article and its citations share. */
	record: Record & { file: string };
	/** What the Markdown pipeline recorded; undefined when the file could not be rendered at all. */
	data: SourceData | undefined;
}

/** A paragraph of both source files, paired under its stable anchor, before the pipeline's steps. */
export interface SourcePair {
	n: number;
	/** The anchor (`p3`): never changes once published. */
	id: string;
	original: Omit<SourceParagraph, 'n'>;
	translation: Omit<SourceParagraph, 'n'>;
}

/** A paragraph of the article in both languages, its HTML built (see paragraph/pipeline.ts). */
export interface AlignedParagraph {
	n: number;
	/** The anchor (`p3`): never changes once published. */
	id: string;
	original: OriginalText;
	translation: ParagraphText;
	/** Editorial notes on this paragraph (their phrases are linked in the HTML; the text is unchanged). */
	notes: EditorialNote[];
	/**
	 * Set when the paragraph's sentences are not paired (see pairSentences): it is published aligned
	 * by paragraph only, its `sentences` empty in both languages, and no sentence anchor.
	 */
	unpaired?: Unpaired;
}

/** Why a paragraph is aligned by paragraph only: its sentence counts, and what the build says of it. */
export interface Unpaired {
	/** `counts`: the counts differ and no alignment entry groups them; `unreviewed`: an entry awaits review. */
	reason: 'counts' | 'unreviewed';
	zh: number;
	en: number;
	/** The build's warning: file, paragraph, both counts and the fix. */
	message: string;
}

/** How a paragraph's sentences pair: as segments, or (unpaired) not at all. */
export interface SentencePairing {
	segments: { zh: string[]; en: string[] };
	unpaired?: Unpaired;
}

/** The edition's glossary as loaded: its file, its entries, and the address of an entry. */
export interface GlossaryLayer {
	file: string;
	entries: GlossaryEntry[];
	href: (id: string) => string;
}

/** An article's notes file as loaded: its path and its notes. */
export interface NotesFile {
	file: string;
	notes: NoteSource[];
}

/** An article of the edition: its bibliographic record and its aligned paragraphs. */
export interface Article {
	slug: string;
	original: OriginalRecord & { file: string };
	translation: TranslationRecord & { file: string };
	paragraphs: AlignedParagraph[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Pairs each original with its translation by slug, failing on a missing partner or a bad folder
 * name; given `found`, it keeps the problems there and returns the pairs it could make.
 */
export function pairSources<O, T>(originals: SourceText<O>[], translations: SourceText<T>[], found?: SourceProblems): [SourceText<O>, SourceText<T>][] {
	const problems: string[] = [];
	const bySlug = new Map(translations.map((t) => [t.slug, t]));
	const pairs: [SourceText<O>, SourceText<T>][] = [];
	for (const original of originals) {
		const translation = bySlug.get(original.slug);
		bySlug.delete(original.slug);
		if (!SLUG.test(original.slug)) {
			problems.push(`${original.file}: the folder name "${original.slug}" is not a valid article slug. Fix: rename the folder with lowercase letters, digits and single hyphens only (it becomes the article's URL).`);
		} else if (!translation) {
			problems.push(`${original.file}: the article has no English translation. Fix: add ${sibling(original.file, 'en.md')}.`);
		} else {
			pairs.push([original, translation]);
		}
	}
	for (const orphan of bySlug.values()) {
		problems.push(`${orphan.file}: the translation has no Chinese original. Fix: add ${sibling(orphan.file, 'zh.md')}.`);
	}
	if (found) found.add(...problems);
	else if (problems.length) throw new SourceError(problems.join('\n'));
	return pairs;
}

/** Lists a source file's recorded problems as `file:line:column reason Fix: …` lines. */
export function describeProblems(source: SourceText<unknown>): string[] {
	if (!source.data) return [`${source.file}: the Markdown could not be rendered (see the error above).`];
	return source.data.problems.map((p) => `${source.file}:${p.line}:${p.column} ${p.reason} Fix: ${p.fix}`);
}

/** Aligns original and translation paragraph by paragraph; different counts fail naming both files. */
export function alignParagraphs(original: SourceText<unknown>, translation: SourceText<unknown>): SourcePair[] {
	const zh = original.data?.paragraphs ?? [];
	const en = translation.data?.paragraphs ?? [];
	if (zh.length !== en.length) {
		throw new SourceError(
			`Paragraph counts differ: ${original.file} has ${zh.length} paragraph${zh.length === 1 ? '' : 's'}, ` +
				`${translation.file} has ${en.length}. Fix: every paragraph of the original needs exactly one ` +
				'paragraph of translation, in the same order, separated by blank lines; nothing was published.',
		);
	}
	return zh.map((p, i) => ({
		n: p.n,
		id: paragraphAnchor(p.n),
		original: { html: p.html, text: p.text },
		translation: { html: en[i]!.html, text: en[i]!.text },
	}));
}

/** The most segments a paragraph may have: edition.css has one pairing rule per segment number. */
export const MAX_SEGMENTS = 40;

/**
 * Pairs the sentences of a paragraph into segments: as the alignment file groups them where it has a
 * reviewed entry for the paragraph, one to one otherwise. Where the counts differ and no entry groups
 * them, or the entry awaits review, the paragraph is unpaired: published by paragraph, without
 * sentence anchors (one published now would move when the sentences are grouped), with a warning
 * naming both files, the paragraph, both counts and the fix. With `strict`, that warning is an error.
 */
export function pairSentences(pair: SourcePair, files: { zh: string; en: string }, alignment?: AlignmentFile, strict = false): SentencePairing {
	const sentences = { zh: chineseSentences(pair.original.text), en: englishSentences(pair.translation.text) };
	const entry = alignment?.paragraphs.find((p) => p.paragraph === pair.n);
	const where = alignment && `${alignment.file}:${entryLine(alignment.raw, pair.n)} (¶${pair.n})`;
	const segments = entry ? groupSentences(sentences, entry.segments, where!) : sentences;
	if (segments.zh.length > MAX_SEGMENTS) {
		throw new SourceError(
			`${files.zh}: ¶${pair.n} has ${segments.zh.length} segments; the reading pages mark at most ${MAX_SEGMENTS} a paragraph (src/styles/edition.css). Fix: raise the limit there and here.`,
		);
	}
	const { zh, en } = sentences;
	const counts = { zh: zh.length, en: en.length };
	const none = { zh: [], en: [] };
	if (entry && entry.reviewed === false) {
		const message =
			`${where}: the sentence groups of ¶${pair.n} await review (reviewed: false), so ¶${pair.n} is published by paragraph, without sentence anchors. ` +
			`Fix: check each group against ${files.zh} and ${files.en}, then set \`reviewed: true\` (or delete the line).`;
		if (strict) throw new SourceError(`${message} (EDITION_STRICT=1: nothing was published.)`);
		return { segments: none, unpaired: { reason: 'unreviewed', ...counts, message } };
	}
	if (segments.zh.length === segments.en.length) return { segments };
	const list = (lang: string, sentences: string[]) => sentences.map((s, i) => `    ${lang} ${i + 1}: ${s.trim()}`).join('\n');
	const alignmentFile = files.zh.replace(/[^/]*$/, 'alignment.yaml');
	const slug = files.zh.split('/').at(-2) ?? '<slug>';
	const fix =
		`Fix: if the translation merges or splits sentences, group them for ¶${pair.n} in ${alignmentFile} ` +
		`(\`npm run align -- ${slug} --write\` writes groups for you to review; see the README). If a sentence end was misread ` +
		'(Chinese sentences end at 。！？, English ones at . ! ? but not after an abbreviation), report it.';
	const counted = `${files.zh} has ${zh.length} sentence${zh.length === 1 ? '' : 's'}, ${files.en} has ${en.length}`;
	if (strict) throw new SourceError(`Sentence counts differ in ¶${pair.n}: ${counted}:\n${list('zh', zh)}\n${list('en', en)}\n${fix} (EDITION_STRICT=1: nothing was published.)`);
	const message = `${files.zh}: ¶${pair.n} is published by paragraph, without sentence anchors: ${counted}. ${fix}`;
	return { segments: none, unpaired: { reason: 'counts', ...counts, message } };
}

/** Fails for alignment entries that name no paragraph of the article, or one paragraph twice. */
export function checkAlignment(alignment: AlignmentFile, paragraphs: number): void {
	const problems: string[] = [];
	const seen = new Set<number>();
	for (const { paragraph } of alignment.paragraphs) {
		const where = `${alignment.file}:${entryLine(alignment.raw, paragraph)}`;
		if (paragraph > paragraphs) problems.push(`${where}: the article has no paragraph ${paragraph}. Fix: give a paragraph number from 1 to ${paragraphs}.`);
		if (seen.has(paragraph)) problems.push(`${where}: paragraph ${paragraph} is grouped twice. Fix: keep one entry per paragraph.`);
		seen.add(paragraph);
	}
	if (problems.length) throw new SourceError(problems.join('\n'));
}

/** Checks an article's notes and builds each paragraph's HTML with its notes, glossary terms and segments. */
export function buildParagraphs(
	pairs: SourcePair[],
	notesFile: NotesFile | undefined,
	glossary: GlossaryLayer | undefined,
	files: { zh: string; en: string } = { zh: 'zh.md', en: 'en.md' },
	alignment?: AlignmentFile,
	strict = false,
	found?: SourceProblems,
): AlignedParagraph[] {
	if (alignment) checkAlignment(alignment, pairs.length);
	const file = notesFile?.file ?? '';
	const notes = notesFile ? attachNotes(notesFile.notes, pairs.map((p) => ({ n: p.n, zh: p.original.text, en: p.translation.text })), file) : [];
	// Each paragraph is checked even when one before it failed; given `found`, its problems go there.
	const problems = found ?? new SourceProblems();
	const before = problems.messages.length;
	const built = pairs.map((p) =>
		problems.attempt(() => {
			const own = notes.filter((note) => note.paragraph === p.n);
			const layers = { n: p.n, where: notesFile?.file ?? files.zh, notes: own, notesFile: file, glossary: glossary?.entries ?? [], termHref: glossary?.href ?? String };
			const { segments, unpaired } = pairSentences(p, files, alignment, strict);
			return { n: p.n, id: p.id, ...buildParagraph(p, segments, layers), notes: own, ...(unpaired && { unpaired }) };
		}),
	);
	if (!found && problems.messages.length > before) throw new SourceError(problems.messages.join('\n'));
	return built.filter((p) => p !== undefined);
}

/**
 * Builds the edition's articles from loaded sources. Every article and paragraph is checked before
 * anything fails, and the build then fails once with every problem found, grouped by file; with
 * `strict`, unpaired sentences are problems too (see pairSentences).
 */
export function assembleArticles(
	originals: SourceText<OriginalRecord>[],
	translations: SourceText<TranslationRecord>[],
	notes: Map<string, NotesFile> = new Map(),
	glossary?: GlossaryLayer,
	alignments: Map<string, AlignmentFile> = new Map(),
	strict = false,
): Article[] {
	const problems = new SourceProblems();
	const pairs = pairSources(originals, translations, problems);
	for (const [slug, { file }] of [...notes, ...alignments]) {
		if (!pairs.some(([o]) => o.slug === slug)) problems.add(`${file}: a file for an article that does not exist. Fix: move the file into the folder of its article.`);
	}
	// An article whose Markdown has problems is not built further; the others are.
	const readable = pairs.filter(([o, t]) => {
		const found = [...describeProblems(o), ...describeProblems(t)];
		problems.add(...found);
		return found.length === 0;
	});
	const aligned = readable.flatMap(([o, t]) => {
		const paragraphs = problems.attempt(() => alignParagraphs(o, t));
		return paragraphs ? [{ o, t, paragraphs }] : [];
	});
	if (glossary) problems.attempt(() => checkGlossary(glossary.entries, aligned.flatMap((a) => a.paragraphs.map((p) => ({ zh: p.original.text, en: p.translation.text }))), glossary.file));
	const articles = aligned.flatMap(({ o, t, paragraphs }) => {
		const before = problems.messages.length;
		const built = problems.attempt(() => buildParagraphs(paragraphs, notes.get(o.slug), glossary, { zh: o.file, en: t.file }, alignments.get(o.slug), strict, problems));
		return built && problems.messages.length === before ? [{ slug: o.slug, original: o.record, translation: t.record, paragraphs: built }] : [];
	});
	problems.throwIfAny();
	return articles.sort(publicationOrder);
}

/** What the edition orders articles by. */
type Dated = { slug: string; original: { date: string } };

/** The edition's order of articles: by date of publication, then by slug. */
export function publicationOrder(a: Dated, b: Dated): number {
	return a.original.date.localeCompare(b.original.date) || a.slug.localeCompare(b.slug);
}

function sibling(file: string, name: string): string {
	return file.replace(/[^/]*$/, name);
}
