// The data downloads of an article: their names, types, labels and how each is written.
import type { Article } from '../article.ts';
import { alignedText } from './aligned-text.ts';
import { toBibTeX, toRIS } from '../citation/formats.ts';
import type { articleRecords } from '../citation/record.ts';
import { jsonText } from '../json-text.ts';
import { articlePath } from '../urls.ts';
import { SEGMENTS_FILE } from './segments-file.ts';
import { segmentRows, segmentsTsv, toTMX } from './segments.ts';
import { toTEI } from './tei.ts';
import { alignedTsv, plainText } from './text.ts';

/**
 * What a download is written from: the article, its address, its citation records, and the edition's
 * name and licence, release and build date (given by the page, so that the search indexer's worker,
 * which reads this module through catalogue.ts, never loads the edition's data).
 */
export interface DownloadSource {
	article: Article;
	url: string;
	records: ReturnType<typeof articleRecords>;
	edition: { name: string; licence: { name: string; url: string } };
	version: string;
	date: string;
}

/** A download: file name (under the article's folder), type, label, and its text. */
interface Download {
	file: string;
	type: string;
	label: string;
	render(source: DownloadSource): string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
/** Every paragraph's entries of one layer, in order. */
const layer = (article: Article, name: 'notes' | 'corrections' | 'wordLinks'): unknown[] => article.paragraphs.flatMap((p): unknown[] => p.layers[name]);

/** The data downloads every article publishes, by key. */
export const DOWNLOADS = {
	tei: { file: 'tei.xml', type: 'application/tei+xml; charset=utf-8', label: 'TEI P5 XML (both texts, aligned)', render: ({ article, url, edition, date }) => toTEI(article, { ...edition, parallel: url }, date) },
	zh: { file: 'zh.txt', type: 'text/plain; charset=utf-8', label: 'Chinese text (UTF-8)', render: ({ article }) => plainText(article, 'zh') },
	en: { file: 'en.txt', type: 'text/plain; charset=utf-8', label: 'English text (UTF-8)', render: ({ article }) => plainText(article, 'en') },
	json: { file: 'aligned.json', type: JSON_TYPE, label: 'Aligned text (JSON)', render: ({ article }) => jsonText(alignedText(article)) },
	tsv: { file: 'aligned.tsv', type: 'text/tab-separated-values; charset=utf-8', label: 'Aligned text (TSV)', render: ({ article }) => alignedTsv(article) },
	segments: { file: SEGMENTS_FILE, type: JSON_TYPE, label: 'Sentence segments, aligned (JSON)', render: ({ article }) => jsonText(segmentRows(article)) },
	segmentsTsv: { file: 'segments.tsv', type: 'text/tab-separated-values; charset=utf-8', label: 'Sentence segments, aligned (TSV)', render: ({ article }) => segmentsTsv(article) },
	tmx: { file: 'segments.tmx', type: 'application/x-tmx+xml; charset=utf-8', label: 'Translation memory (TMX 1.4b, sentence segments)', render: ({ article, version, date }) => toTMX(article, version, date) },
	notes: { file: 'notes.json', type: JSON_TYPE, label: 'Editorial notes (JSON)', render: ({ article }) => jsonText(layer(article, 'notes')) },
	corrections: { file: 'corrections.json', type: JSON_TYPE, label: 'Corrections of the translation (JSON)', render: ({ article }) => jsonText(layer(article, 'corrections')) },
	wordLinks: { file: 'word-links.json', type: JSON_TYPE, label: 'Word links, reviewed (JSON)', render: ({ article }) => jsonText(layer(article, 'wordLinks')) },
	csl: { file: 'record.csl.json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'Citation record (CSL-JSON)', render: ({ records }) => jsonText([records.original, records.translation]) },
	bib: { file: 'record.bib', type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX', render: ({ records }) => toBibTeX(records.original) + '\n' + toBibTeX(records.translation) },
	ris: { file: 'record.ris', type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS', render: ({ records }) => toRIS(records.original) + toRIS(records.translation) },
} as const satisfies Record<string, Download>;

/** A download's key. */
export type DownloadKey = keyof typeof DOWNLOADS;

/** Root-relative path of one of an article's downloads. */
export function downloadPath(slug: string, key: DownloadKey): string {
	return `${articlePath(slug)}${DOWNLOADS[key].file}`;
}

/** The file name a reader's browser saves a download as: the article's slug, then the kind. */
export function downloadName(article: Article, key: DownloadKey): string {
	return `${article.slug}.${DOWNLOADS[key].file}`;
}
