// The data downloads of an article: their names, types and contents.
import type { Article } from '../article.ts';
import { articlePath } from '../urls.ts';

/** segments.json's name: the search page reads it too (search/segment-hit.ts). */
export const SEGMENTS_FILE = 'segments.json';

/** The data downloads every article publishes, by key: file name (under the article's folder), type and label. */
export const DOWNLOADS = {
	tei: { file: 'tei.xml', type: 'application/tei+xml; charset=utf-8', label: 'TEI P5 XML (both texts, aligned)' },
	zh: { file: 'zh.txt', type: 'text/plain; charset=utf-8', label: 'Chinese text (UTF-8)' },
	en: { file: 'en.txt', type: 'text/plain; charset=utf-8', label: 'English text (UTF-8)' },
	json: { file: 'aligned.json', type: 'application/json; charset=utf-8', label: 'Aligned text (JSON)' },
	tsv: { file: 'aligned.tsv', type: 'text/tab-separated-values; charset=utf-8', label: 'Aligned text (TSV)' },
	segments: { file: SEGMENTS_FILE, type: 'application/json; charset=utf-8', label: 'Sentence segments, aligned (JSON)' },
	segmentsTsv: { file: 'segments.tsv', type: 'text/tab-separated-values; charset=utf-8', label: 'Sentence segments, aligned (TSV)' },
	tmx: { file: 'segments.tmx', type: 'application/x-tmx+xml; charset=utf-8', label: 'Translation memory (TMX 1.4b, sentence segments)' },
	notes: { file: 'notes.json', type: 'application/json; charset=utf-8', label: 'Editorial notes (JSON)' },
	corrections: { file: 'corrections.json', type: 'application/json; charset=utf-8', label: 'Corrections of the translation (JSON)' },
	wordLinks: { file: 'word-links.json', type: 'application/json; charset=utf-8', label: 'Word links, reviewed (JSON)' },
	csl: { file: 'record.csl.json', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', label: 'Citation record (CSL-JSON)' },
	bib: { file: 'record.bib', type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX' },
	ris: { file: 'record.ris', type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS' },
} as const;

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
