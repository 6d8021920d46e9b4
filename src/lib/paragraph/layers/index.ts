// The edition's paragraph layers, registered in the order the pipeline runs them (see ../layer.ts).
import type { Attached } from '../layer.ts';
import { correctionsLayer } from './corrections.ts';
import { glossaryLayer, type GlossaryFile } from './glossary.ts';
import { notesLayer, type NotesFile } from './notes.ts';
import { pinyinLayer } from './pinyin.ts';
import { wordLinksLayer } from './word-links.ts';

/** What the layers read from the content collections, loaded once per build. */
export interface LayerSources {
	/** Each article's notes file, by slug. */
	notes?: Map<string, NotesFile>;
	/** The edition's glossary, when it has one. */
	glossary?: GlossaryFile | undefined;
	/** EDITION_STRICT=1: word links awaiting review are errors, not warnings. */
	strict?: boolean;
}

/**
 * The layers, in order: notes and corrections mark plain text, so first; the glossary's terms may
 * sit inside their links; pinyin reads the glossary's occurrences.
 */
export function paragraphLayers(sources: LayerSources = {}) {
	return [notesLayer(sources.notes ?? new Map()), correctionsLayer(), glossaryLayer(sources.glossary), pinyinLayer(), wordLinksLayer(sources.strict)] as const;
}

/** What the edition's layers attach to a paragraph, by name: `paragraph.layers.notes`, `.corrections`, `.glossary`, `.pinyin`, `.wordLinks`. */
export type ParagraphLayers = Attached<ReturnType<typeof paragraphLayers>>;
