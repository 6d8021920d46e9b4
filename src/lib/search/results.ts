/** What Pagefind returns for one record (the fields the edition uses). */
export interface RecordHit {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	/** Word positions of the match; empty when the record matched nothing. */
	locations: number[];
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

/** Folds record hits into paragraph hits, keeping Pagefind's ranking order of first appearance. */
export function groupByParagraph(hits: RecordHit[]): ParagraphHit[] {
	const groups = new Map<string, ParagraphHit>();
	for (const hit of hits) {
		// An index drops query words it does not know, and a query left with none lists every record
		// without a single location (the Chinese index, asked for an English word, does this).
		if (hit.locations.length === 0) continue;
		const { article = '', n = '0', kind } = hit.meta;
		const key = `${article}#p${n}`;
		let group = groups.get(key);
		if (!group) {
			group = { key, article, n: Number(n), url: hit.url.replace(/\?[^#]*/, ''), title: { zh: hit.meta.title_zh ?? '', en: hit.meta.title_en ?? '' } };
			groups.set(key, group);
		}
		if (kind === 'zh') group.zh ??= hit.excerpt;
		else if (kind === 'en') group.en ??= hit.excerpt;
		else if (kind === 'pinyin') group.pinyinOf ??= hit.meta.zh;
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
