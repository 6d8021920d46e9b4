// From loaded source files to the edition's articles: pairing, checks, alignment, and the paragraph pipeline.
import { paragraphAnchor, type AnchorIncipit } from './anchors.ts';
import { SourceError, SourceProblems } from './errors.ts';
import { buildParagraph, type OriginalText, type ParagraphText } from './paragraph/pipeline.ts';
import type { AlignmentFile } from './paragraph/alignment.ts';
import { checkAlignment, pairSentences, type SourcePair, type Unpaired } from './paragraph/pairing.ts';
import { paragraphLayers, type ParagraphLayers } from './paragraph/layers/index.ts';
import type { OriginalRecord, TranslationRecord } from './schema.ts';
import type { SourceData } from './markdown/source-data.ts';

/** The registered layers, as paragraphLayers lists them. */
type EditionLayers = ReturnType<typeof paragraphLayers>;

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

/** A paragraph of the article in both languages, its HTML built (see paragraph/pipeline.ts). */
export interface AlignedParagraph {
	n: number;
	/** The anchor (`p3`): never changes once published. */
	id: string;
	original: OriginalText;
	translation: ParagraphText;
	/** What each layer attached to the paragraph (notes, glossary occurrences, pinyin readings; see paragraph/layers/). */
	layers: ParagraphLayers;
	/** The anchors its layers publish (notes' `p3-n1`), with what the anchor manifest remembers of each. */
	anchors: [string, AnchorIncipit][];
	/**
	 * Set when the paragraph's sentences are not paired (see pairSentences): it is published aligned
	 * by paragraph only, its `sentences` empty in both languages, and no sentence anchor.
	 */
	unpaired?: Unpaired;
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

/** What building an article's paragraphs needs besides them: its files, layers and alignment. */
export interface ArticleOptions {
	slug?: string;
	/** The article's source files, for messages. */
	files?: { zh: string; en: string };
	/** The registered layers (paragraph/layers/index.ts), in order. */
	layers?: EditionLayers;
	/** The article's alignment file, if it has one. */
	alignment?: AlignmentFile | undefined;
	/** EDITION_STRICT=1: unpaired sentences are problems (see pairSentences). */
	strict?: boolean;
	/** Where problems go; without it, the first paragraph with problems fails the call with them all. */
	found?: SourceProblems;
}

/** Pairs each paragraph's sentences, attaches every layer and builds each paragraph's HTML (see paragraph/pipeline.ts). */
export function buildParagraphs(pairs: SourcePair[], options: ArticleOptions = {}): AlignedParagraph[] {
	const { slug = '', files = { zh: 'zh.md', en: 'en.md' }, layers = paragraphLayers(), alignment, strict = false } = options;
	if (alignment) checkAlignment(alignment, pairs.length);
	// Each paragraph is checked even when one before it failed; given `found`, its problems go there.
	const problems = options.found ?? new SourceProblems();
	const before = problems.messages.length;
	const paired = pairs.flatMap((p) => {
		const pairing = problems.attempt(() => pairSentences(p, files, alignment, strict));
		return pairing ? [{ ...p, segments: pairing.segments, unpaired: pairing.unpaired }] : [];
	});
	const article = { slug, files, paragraphs: paired };
	const attachers = layers.map((layer) => problems.attempt(() => layer.attach(article)));
	// Where a problem in a paragraph's HTML is reported: the first per-article file a layer read (the notes), else the original.
	const where = layers.flatMap((layer) => layer.sources?.().filter((s) => s.slug === slug) ?? [])[0]?.file ?? files.zh;
	const built = attachers.every((a) => a !== undefined)
		? paired.map((p) =>
				problems.attempt(() => {
					const attached: Record<string, unknown> = {};
					layers.forEach((layer, i) => (attached[layer.name] = attachers[i]!(p, attached)));
					const { unpaired } = p;
					const anchors = layers.flatMap((layer) => layer.anchors?.(attached[layer.name] as never) ?? []);
					return { n: p.n, id: p.id, ...buildParagraph(p, { slug, where, layers, attached }), layers: attached as ParagraphLayers, anchors, ...(unpaired && { unpaired }) };
				}),
			)
		: [];
	if (!options.found && problems.messages.length > before) throw new SourceError(problems.messages.join('\n'));
	return built.filter((p) => p !== undefined);
}

/** What assembling the edition needs besides its source texts. */
export interface EditionOptions {
	/** The registered layers (paragraph/layers/index.ts), in order. */
	layers?: EditionLayers;
	/** Each article's alignment file, by slug. */
	alignments?: Map<string, AlignmentFile>;
	/** EDITION_STRICT=1: unpaired sentences are problems (see pairSentences). */
	strict?: boolean;
}

/**
 * Builds the edition's articles from loaded sources. Every article and paragraph is checked before
 * anything fails, and the build then fails once with every problem found, grouped by file; with
 * `strict`, unpaired sentences are problems too (see pairSentences).
 */
export function assembleArticles(originals: SourceText<OriginalRecord>[], translations: SourceText<TranslationRecord>[], options: EditionOptions = {}): Article[] {
	const { layers = paragraphLayers(), alignments = new Map(), strict = false } = options;
	const problems = new SourceProblems();
	const pairs = pairSources(originals, translations, problems);
	const articleFiles = [...layers.flatMap((layer) => layer.sources?.() ?? []), ...[...alignments].map(([slug, { file }]) => ({ slug, file }))];
	for (const { slug, file } of articleFiles) {
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
	const texts = aligned.map(({ o, t, paragraphs }) => ({ slug: o.slug, files: { zh: o.file, en: t.file }, paragraphs: paragraphs.map((p) => ({ ...p, segments: { zh: [], en: [] } })) }));
	for (const layer of layers) problems.attempt(() => layer.checkEdition?.(texts));
	const articles = aligned.flatMap(({ o, t, paragraphs }) => {
		const before = problems.messages.length;
		const files = { zh: o.file, en: t.file };
		const built = problems.attempt(() => buildParagraphs(paragraphs, { slug: o.slug, files, layers, alignment: alignments.get(o.slug), strict, found: problems }));
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
