// The segment-level downloads of an article: segments.json, segments.tsv and a TMX 1.4b translation memory.
import { segmentAnchor } from '../anchors.ts';
import type { Article } from '../article.ts';
import { escapeText as xml } from '../html.ts';
import { tsv } from './text.ts';
import { correctedSegments } from '../paragraph/layers/corrections.ts';

/**
 * One segment: a sentence of the original and its translation, under its anchor `pN-sM`; or, for a
 * paragraph whose sentences are not paired (see article.ts, pairSentences), the whole paragraph under
 * its own anchor `pN`, with no segment number and `aligned: 'paragraph'`.
 */
export interface SegmentRow {
	id: string;
	paragraph: number;
	segment: number | null;
	zh: string;
	en: string;
	/** The English as the editors corrected it (paragraph/layers/corrections.ts), where they did. */
	corrected?: string;
	aligned?: 'paragraph';
}

/** The article's segments in order, each sentence exactly as on the page (an unpaired paragraph as one row). */
export function segmentRows(article: Article): SegmentRow[] {
	return article.paragraphs.flatMap((p): SegmentRow[] => {
		const corrected = (i: number, texts: string[]) => {
			const text = correctedSegments(texts, p.layers.corrections)[i];
			return text === undefined ? {} : { corrected: text };
		};
		return p.unpaired
			? [{ id: p.id, paragraph: p.n, segment: null, zh: p.original.text, en: p.translation.text, ...corrected(0, [p.translation.text]), aligned: 'paragraph' }]
			: p.original.sentences.map((zh, i) => ({ id: segmentAnchor(p.n, i + 1), paragraph: p.n, segment: i + 1, zh, en: p.translation.sentences[i]!, ...corrected(i, p.translation.sentences) }));
	});
}

/**
 * The segments as TSV: a header, then anchor, paragraph, segment (empty for a paragraph row), Chinese,
 * English as received, and the English as the editors corrected it (empty where they did not).
 */
export function segmentsTsv(article: Article): string {
	const rows = segmentRows(article).map((s) => [s.id, String(s.paragraph), s.segment === null ? '' : String(s.segment), s.zh, s.en, s.corrected ?? '']);
	return tsv(['id', 'paragraph', 'segment', 'zh', 'en', 'en_corrected'], rows);
}

/**
 * The segments as a TMX 1.4b translation memory: sentence segments, Chinese the source language, one
 * `<tu tuid="pN-sM">` per segment with a `<tuv>` per language (an unpaired paragraph is one
 * `<tu tuid="pN" segtype="paragraph">`). Segments keep their text exactly (the space after an English
 * sentence included), as translation tools expect plain text.
 */
export function toTMX(article: Article, version: string, built: string): string {
	const date = `${built.replaceAll('-', '')}T000000Z`;
	const units = segmentRows(article)
		.map(
			(s) =>
				`    <tu tuid="${s.id}"${s.aligned ? ` segtype="${s.aligned}"` : ''}>\n` +
				`      <tuv xml:lang="zh-Hans"><seg>${xml(s.zh)}</seg></tuv>\n` +
				`      <tuv xml:lang="en"><seg>${xml(s.en)}</seg></tuv>\n` +
				'    </tu>',
		)
		.join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="peoples-daily-edition" creationtoolversion="${xml(version)}" segtype="sentence" o-tmf="peoples-daily-edition" adminlang="en" srclang="zh-Hans" datatype="plaintext" creationdate="${date}">
    <note>${xml(`${article.original.title} / ${article.translation.title}`)}</note>
  </header>
  <body>
${units}
  </body>
</tmx>
`;
}
