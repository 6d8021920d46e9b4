// What the search page takes from Pagefind's hits: each record's paragraphs that the index found.
// Runs in the browser: nothing here may import the indexer's code (pinyin-pro is build-time only).
import { paragraphOfAnchor } from '../anchors.ts';

/** The meta key under which a pinyin record keeps a paragraph's Chinese opening. */
export function openingKey(id: string): string {
	return `zh_${id}`;
}

/** The paragraph anchor (`p3`) a section's URL ends in, if any. */
function sectionId(url: string): string | undefined {
	const id = url.split('#')[1];
	return id !== undefined && paragraphOfAnchor(id) !== undefined ? id : undefined;
}

/** One paragraph of a record that matched: Pagefind's sub-result for the `#pN` section. */
export interface SectionHit {
	url: string;
	excerpt: string;
	/** Word positions of the match inside the record. */
	locations: number[];
}

/** What Pagefind returns for one record, an article in one form (the fields the edition uses). */
export interface RecordHit {
	url: string;
	meta: Record<string, string | undefined>;
	/** Word positions of the match; empty when the record matched nothing. */
	locations: number[];
	/** The paragraphs that hold the match, in the order of the text. */
	sub_results: SectionHit[];
	/** The record's text as Pagefind split it into words (Chinese words joined by U+200B). */
	raw_content: string;
	/** Where each paragraph (section) begins, as a word position in `raw_content`. */
	anchors: { id: string; location: number }[];
}

/** Copies what the edition reads from Pagefind's hit: Pagefind reuses one object per record and rewrites it on every read. */
export function snapshotHit(hit: RecordHit): RecordHit {
	return {
		url: hit.url,
		meta: { ...hit.meta },
		locations: [...hit.locations],
		sub_results: hit.sub_results.map((s) => ({ url: s.url, excerpt: s.excerpt, locations: [...s.locations] })),
		raw_content: hit.raw_content,
		anchors: hit.anchors.map((a) => ({ id: a.id, location: a.location })),
	};
}

/** The paragraphs (by number) of a hit that hold a match. */
export function paragraphsFound(hit: RecordHit | undefined): number[] {
	// An index drops query words it does not know, and a query left with none lists every record
	// without a single location.
	if (!hit || hit.locations.length === 0) return [];
	return hit.sub_results.flatMap((section) => {
		const id = sectionId(section.url);
		return id && section.locations.length > 0 ? [paragraphOfAnchor(id)!] : [];
	});
}

/** The paragraphs whose pinyin matched, each with the Chinese opening its record carries. */
export function pinyinFound(hit: RecordHit | undefined): Map<number, string> {
	const found = new Map<number, string>();
	for (const n of paragraphsFound(hit)) found.set(n, hit!.meta[openingKey(`p${n}`)] ?? '');
	return found;
}

/** A result's link: the sentence (or paragraph) on the parallel page, carrying each string to mark before the hash. */
export function resultHref(url: string, words: string[]): string {
	const [path, hash = ''] = url.split('#') as [string, string?];
	const query = words.length ? `?${words.map((word) => `highlight=${encodeURIComponent(word)}`).join('&')}` : '';
	return `${path}${query}${hash ? `#${hash}` : ''}`;
}
