// Search results from Pagefind's hits, grouped by paragraph. Runs in the browser: nothing here may
// import the indexer's code (pinyin-pro is build-time only).
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

const chineseWords = new Intl.Segmenter('zh', { granularity: 'word' });

/** The text of each paragraph of a Chinese record, by id, from Pagefind's words and section anchors. */
export function sectionTexts(hit: RecordHit): Map<string, string> {
	const words = hit.raw_content.split('\u200B');
	const anchors = [...hit.anchors].sort((a, b) => a.location - b.location);
	return new Map(anchors.map((a, i) => [a.id, words.slice(a.location, anchors[i + 1]?.location ?? words.length).join('')]));
}

/**
 * Keeps the paragraphs of a hit that hold every word of the query, as a per-paragraph record
 * would have: Pagefind requires every word in the record (the article) but lists each paragraph
 * holding any. `perTerm[i]` is the same record as found by the query's i-th word alone (the hit
 * itself for a one-word query). A word the record's index does not know (like an English word in
 * the Chinese index) is skipped, as Pagefind skips it. A Chinese word must occur in the
 * paragraph's text, each of its words as the browser segments it: Pagefind matches Chinese loosely
 * (手工业 also finds 对手 … 工业), which is right for ranking articles but would list paragraphs
 * without the word.
 */
export function withEveryTerm(hit: RecordHit, terms: string[], perTerm: (RecordHit | undefined)[]): RecordHit {
	const texts = hit.meta.kind === 'zh' ? sectionTexts(hit) : undefined;
	const sub_results = hit.sub_results.filter((section) => {
		const id = sectionId(section.url) ?? '';
		return terms.every((term, i) => {
			const alone = perTerm[i];
			// The whole query found this record, so a word that alone does not find it is one its index does not know.
			if (!alone || alone.locations.length === 0) return true;
			if (texts && /\p{Script=Han}/u.test(term)) {
				const text = texts.get(id) ?? '';
				return [...chineseWords.segment(term)].filter((w) => w.isWordLike).every((w) => text.includes(w.segment));
			}
			return (alone.sub_results.find((s) => s.url === section.url)?.locations.length ?? 0) > 0;
		});
	});
	return { ...hit, sub_results };
}

/** One paragraph in the results list, with what matched in each of its forms. */
export interface ParagraphHit {
	/** `slug#pN`: hits on the same paragraph in Chinese, English and pinyin become one entry. */
	key: string;
	article: string;
	n: number;
	url: string;
	title: { zh: string; en: string };
	/** Excerpts (HTML with `<mark>`) from the Chinese and English records that matched. */
	zh?: string;
	en?: string;
	/** Set when only the pinyin of the paragraph matched: the paragraph's Chinese opening to show. */
	pinyinOf?: string;
}

/**
 * Folds record hits into paragraph hits: articles in Pagefind's ranking order, and inside each the
 * paragraphs that matched in the order of the text.
 */
export function groupByParagraph(hits: RecordHit[]): ParagraphHit[] {
	const groups = new Map<string, ParagraphHit>();
	for (const hit of hits) {
		// An index drops query words it does not know, and a query left with none lists every record
		// without a single location (the Chinese index, asked for an English word, does this).
		if (hit.locations.length === 0) continue;
		const { article = '', kind } = hit.meta;
		for (const section of hit.sub_results) {
			const id = sectionId(section.url);
			if (!id || section.locations.length === 0) continue;
			const key = `${article}#${id}`;
			let group = groups.get(key);
			if (!group) {
				group = { key, article, n: paragraphOfAnchor(id)!, url: section.url.replace(/\?[^#]*/, ''), title: { zh: hit.meta.title_zh ?? '', en: hit.meta.title_en ?? '' } };
				groups.set(key, group);
			}
			if (kind === 'zh') group.zh ??= section.excerpt;
			else if (kind === 'en') group.en ??= section.excerpt;
			else if (kind === 'pinyin') group.pinyinOf ??= hit.meta[openingKey(id)];
		}
	}
	for (const group of groups.values()) if (group.zh) delete group.pinyinOf;
	return [...groups.values()];
}

/** A result's link: the paragraph on the parallel page, carrying the words to mark on arrival. */
export function resultHref(url: string, words: string[]): string {
	const [path, hash = ''] = url.split('#') as [string, string?];
	const query = words.length ? `?highlight=${encodeURIComponent(words.join(' '))}` : '';
	return `${path}${query}${hash ? `#${hash}` : ''}`;
}
