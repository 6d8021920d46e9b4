// The segment-level downloads of an article: segments.json, segments.tsv and a TMX 1.4b translation memory.
import { segmentAnchor } from '../anchors.ts';
import type { Article } from '../article.ts';
import { escapeText as xml } from '../html.ts';
import { tsv } from './text.ts';

/** One segment: a sentence of the original and its translation, under its anchor `pN-sM`. */
export interface SegmentRow {
	id: string;
	paragraph: number;
	segment: number;
	zh: string;
	en: string;
}

/** The article's segments in order, each sentence exactly as on the page. */
export function segmentRows(article: Article): SegmentRow[] {
	return article.paragraphs.flatMap((p) =>
		p.original.sentences.map((zh, i) => ({ id: segmentAnchor(p.n, i + 1), paragraph: p.n, segment: i + 1, zh, en: p.translation.sentences[i]! })),
	);
}

/** The segments as TSV: a header, then anchor, paragraph, segment, Chinese and English per segment. */
export function segmentsTsv(article: Article): string {
	const rows = segmentRows(article).map((s) => [s.id, String(s.paragraph), String(s.segment), s.zh, s.en]);
	return tsv(article, ['id', 'paragraph', 'segment', 'zh', 'en'], rows, 0);
}

/**
 * The segments as a TMX 1.4b translation memory: sentence segments, Chinese the source language, one
 * `<tu tuid="pN-sM">` per segment with a `<tuv>` per language. Segments keep their text exactly
 * (the space after an English sentence included), as translation tools expect plain text.
 */
export function toTMX(article: Article, version: string, built: string): string {
	const date = `${built.replaceAll('-', '')}T000000Z`;
	const units = segmentRows(article)
		.map(
			(s) =>
				`    <tu tuid="${s.id}">\n` +
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
