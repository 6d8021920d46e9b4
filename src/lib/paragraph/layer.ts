// The layer interface: what an editorial layer reads for an article, attaches to each paragraph, marks in its HTML and publishes.
import type { AnchorIncipit } from '../anchors.ts';
import type { SourcePair } from './pairing.ts';
import type { ui } from '../ui.ts';

/** A paragraph's two languages: the Chinese original and the English translation. */
export type Language = 'zh' | 'en';

/** A paragraph as the layers see it: its source texts and its segments (none when unpaired). */
export interface LayerParagraph extends SourcePair {
	segments: { zh: string[]; en: string[] };
}

/** The m-th segment of a paragraph in one language, and where it starts in the paragraph's text (its segments joined). */
export function segmentText(paragraph: LayerParagraph, lang: Language, m: number): { text: string; offset: number } {
	const segments = paragraph.segments[lang];
	return { text: segments[m - 1]!, offset: segments.slice(0, m - 1).join('').length };
}

/** An article as the layers see it: its slug, its source files (for messages) and its paragraphs. */
export interface LayerArticle {
	slug: string;
	files: { zh: string; en: string };
	paragraphs: LayerParagraph[];
}

/** Where a layer marks a paragraph: its number, and the file to name in a message. */
export interface MarkContext {
	slug: string;
	n: number;
	where: string;
	/** The paragraph's segments in the language marked (none when unpaired). */
	segments: string[];
}

/** A list of a layer's entries under a paragraph (its notes, its corrections): each entry's anchor, number and HTML. */
export interface EntryList {
	/** The list's class (its styles), and its accessible name. */
	className: string;
	label: string;
	items: { id: string; k: number; html: string }[];
	/** Only the entries' anchors, on the row: a view that does not show the entries keeps their published anchors. */
	anchorsOnly?: boolean;
}

/** Where a layer lists its entries: the paragraph's number, the page's interface strings, and the texts the view shows. */
export interface EntryContext {
	n: number;
	t: ReturnType<typeof ui>;
	shows: { original: boolean; translation: boolean };
}

/**
 * An editorial layer of the paragraph pipeline (registered in layers/index.ts, run in that order).
 * `Own` is what it attaches to one paragraph; pages and exports read it as `paragraph.layers[name]`.
 */
export interface ParagraphLayer<Name extends string = string, Own = unknown> {
	readonly name: Name;
	/** The per-article files the layer read (each must belong to an article), if it reads any. */
	sources?(): { slug: string; file: string }[];
	/** Checks the layer's sources against every article at once (e.g. that each glossary entry occurs somewhere). */
	checkEdition?(articles: LayerArticle[]): void;
	/**
	 * Reads and checks the layer's sources for one article; returns what attaches to each paragraph.
	 * `earlier` holds what the layers registered before it attached to the same paragraph. Fails with
	 * a SourceError naming every problem (file:line, reason, fix).
	 */
	attach(article: LayerArticle): (paragraph: LayerParagraph, earlier: Readonly<Record<string, unknown>>) => Own;
	/** Marks one language's HTML before the segments are marked (text offsets are the paragraph's). */
	markText?(html: string, own: Own, lang: Language, context: MarkContext): string;
	/** Marks one language's HTML after the segments are (each `data-seg` span holds one segment). */
	markSegments?(html: string, own: Own, lang: Language, context: MarkContext): string;
	/** The anchors the layer publishes on a paragraph, with what the anchor manifest remembers of each. */
	anchors?(own: Own): [string, AnchorIncipit][];
	/** The entries it lists under the paragraph on a page (ParagraphRow.astro renders every layer's alike). */
	entries?(own: Own, context: EntryContext): EntryList | undefined;
}

/** What a list of layers attaches to a paragraph, by name. */
export type Attached<Layers extends readonly ParagraphLayer[]> = {
	[L in Layers[number] as L['name']]: L extends ParagraphLayer<string, infer Own> ? Own : never;
};
