// Runs citeproc-js on a style given as text: shared by the build and its citeproc worker threads.
import CSL from 'citeproc';
import type { CslItem } from './record.ts';

/** A style as citeproc needs it: its CSL, its default locale, and the locale files by name. */
export interface StyleText {
	csl: string;
	locale: string;
	locales: Record<string, string>;
	/** The locale used when the style asks for one not in `locales`. */
	fallbackLocale: string;
}

/** A citation asked of a style: an item, with a paragraph as locator or none. */
export interface CitationRequest {
	id: string;
	paragraph?: number | undefined;
}

/** What one style renders for a set of items, as plain data (it crosses to and from worker threads). */
export interface RenderedStyle {
	/** Each item's bibliography entry, as [id, text]. */
	entries: [string, string][];
	/** The requested citations, in order. */
	citations: string[];
}

/** A style's engine and the items it may retrieve: parsing a style is the slow part, so each is made once. */
export interface StyleEngine {
	items: Map<string, CslItem>;
	engine: CSL.Engine;
}

/** Parses a style into an engine writing plain text. */
export function createEngine(style: StyleText): StyleEngine {
	const items = new Map<string, CslItem>();
	const sys = {
		retrieveLocale: (lang: string) => style.locales[lang] ?? style.fallbackLocale,
		retrieveItem: (id: string) => items.get(id),
	};
	const engine = new CSL.Engine(sys, style.csl, style.locale, true);
	engine.setOutputFormat('text');
	return { items, engine };
}

/** citeproc's version, part of every kept rendering's key. */
export const CITEPROC_VERSION = CSL.PROCESSOR_VERSION;

/**
 * Renders, in one pass of a style's engine, the bibliography entries of some items and a list of
 * citations (note or in-text form), each with an optional paragraph locator.
 */
export function runCiteproc({ items, engine }: StyleEngine, itemsToRender: CslItem[], citations: CitationRequest[]): RenderedStyle {
	items.clear();
	for (const item of itemsToRender) items.set(item.id, item);
	engine.updateItems(itemsToRender.map((item) => item.id));
	const bibliography = engine.makeBibliography();
	const [params, texts] = bibliography ? bibliography : [{ entry_ids: [] as string[][] }, [] as string[]];
	const ids = (params as { entry_ids: string[][] }).entry_ids.map((entry) => entry[0]!);
	const rendered = citations.map(({ id, paragraph }) => {
		const citationItem = paragraph === undefined ? { id } : { id, locator: String(paragraph), label: 'paragraph' };
		// makeCitationCluster renders a cluster as a first reference without registering it: several
		// times faster than previewCitationCluster, which re-runs the registry for each citation.
		return engine.makeCitationCluster([citationItem]).trim();
	});
	return { entries: ids.map((id, i) => [id, texts[i]!.trim()]), citations: rendered };
}
