// Builds a paragraph's HTML in both languages: the Markdown's text, marked by each layer (layer.ts), in segments, with ruby.
import { paragraphAnchor, segmentAnchor } from '../anchors.ts';
import { SourceError } from '../errors.ts';
import { htmlUnits } from '../html.ts';
import type { Language, LayerParagraph, ParagraphLayer } from './layer.ts';
import { rubyHtml, type ParagraphReadings } from './layers/pinyin.ts';

/*
 * The steps, in the order buildParagraph runs them (tests/unit/paragraph-pipeline.test.ts checks the
 * order by its output). Each takes the HTML the one before it made:
 * - text: the paragraph's HTML as the Markdown pipeline wrote it (src/lib/markdown/);
 * - the layers' text marks, in their registration order (layers/index.ts): notes link each note's
 *   phrase (it must run on plain text, so first), the glossary links each occurrence of an entry (a
 *   span inside a note's link);
 * - segments: each sentence becomes an element `data-seg="pN-sM"` with its language, paired with
 *   the other language's sentence of the same number;
 * - the layers' segment marks, in their registration order;
 * - ruby: the Chinese gets pinyin above each word (the pinyin layer's words), for the pinyin pages only.
 */

/** One language of a paragraph: its plain text, its sentences and its HTML. */
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
}

/** The Chinese of a paragraph, also with pinyin above the words (the pinyin pages' HTML, with the ids). */
export interface OriginalText extends ParagraphText {
	ruby: string;
}

/** What buildParagraph needs besides the paragraph: the layers, what they attached to it, and names for messages. */
export interface PipelineOptions {
	slug: string;
	/** The file a problem in the paragraph's HTML is reported in. */
	where: string;
	layers: readonly ParagraphLayer[];
	/** What each layer attached to the paragraph, by name (see layer.ts). */
	attached: Readonly<Record<string, unknown>>;
}

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
function build(paragraph: LayerParagraph, lang: Language, options: PipelineOptions): ParagraphText {
	const source = lang === 'zh' ? paragraph.original : paragraph.translation;
	const context = { slug: options.slug, n: paragraph.n, where: options.where, segments: paragraph.segments[lang] };
	const own = (layer: ParagraphLayer) => options.attached[layer.name];
	const html = options.layers.reduce((out, layer) => layer.markText?.(out, own(layer), lang, context) ?? out, source.html);
	const segmented = (anchored: boolean) =>
		options.layers.reduce(
			(out, layer) => layer.markSegments?.(out, own(layer), lang, context) ?? out,
			segmentsStep(html, context.segments, paragraph.n, lang, anchored, options.where),
		);
	return { text: source.text, sentences: context.segments, html: segmented(false), anchoredHtml: segmented(true) };
}

/**
 * A paragraph's HTML in both languages, from the Markdown pipeline's `text` step to `ruby`. Its
 * `segments` are each language's sentences, paired by number (pairing.ts checks the counts); none
 * in both languages for a paragraph aligned by paragraph only.
 */
export function buildParagraph(paragraph: LayerParagraph, options: PipelineOptions): { original: OriginalText; translation: ParagraphText } {
	const original = build(paragraph, 'zh', options);
	const words = (options.attached.pinyin as ParagraphReadings | undefined)?.words ?? [{ text: original.text }];
	return { original: { ...original, ruby: rubyStep(original.anchoredHtml, words) }, translation: build(paragraph, 'en', options) };
}
