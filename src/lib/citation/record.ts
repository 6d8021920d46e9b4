// The CSL-JSON records of an article, from its front matter.
import type { Article } from '../article.ts';
import { pinyinWithTones } from '../words/pinyin.ts';
import { remember } from '../memo.ts';
import { stripToneMarks } from '../search/query.ts';

/** A CSL-JSON item (the fields the edition uses). */
export interface CslItem {
	id: string;
	type: 'article-newspaper';
	title: string;
	'container-title': string;
	issued: { 'date-parts': [[number, number, number]] };
	page: string;
	section?: string;
	language: string;
	URL: string;
	accessed?: { 'date-parts': [[number, number, number]] };
	author?: { literal: string }[];
	translator?: { literal: string }[];
	note?: string;
	'original-title'?: string;
	'original-publisher'?: string;
}

/** What an article's records are made from: its slug and its two front matters. */
export type RecordedArticle = Pick<Article, 'slug' | 'original' | 'translation'>;

/** The two CSL-JSON records of an article: the Chinese original and its English translation. */
export interface ArticleRecords {
	original: CslItem;
	translation: CslItem;
}

function dateParts(iso: string): [[number, number, number]] {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return [[y, m, d]];
}

/**
 * Romanises a Chinese name for English-language citations: toneless pinyin, the syllables of each
 * word run together, in sentence case (人民日报 → Renmin ribao; CMOS 11.105, 11.108).
 */
export function romanise(text: string): string {
	return remember(romanisedNames, text, () => romaniseWords(text));
}

// Every article of a newspaper names the same newspaper: each name is romanised once per build.
const romanisedNames = new Map<string, string>();

function romaniseWords(text: string): string {
	const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike);
	const pinyin = words.map((w) => stripToneMarks(pinyinWithTones(w.segment)).replace(/\s+/g, '')).join(' ');
	return pinyin.charAt(0).toUpperCase() + pinyin.slice(1);
}

/**
 * Builds the CSL-JSON records of an article from its front matter: a newspaper article, no author
 * when none is given, the translator stated as unknown when the record says so. `url` is the stable
 * URL cited (the parallel page, with `#pN` for a paragraph).
 */
export function articleRecords(article: RecordedArticle, url: string): ArticleRecords {
	const { original, translation } = article;
	const shared = {
		type: 'article-newspaper' as const,
		issued: { 'date-parts': dateParts(original.date) },
		page: String(original.page),
		URL: url,
		...(original.column ? { section: original.column } : {}),
		...(original.author ? { author: [{ literal: original.author }] } : {}),
	};
	return {
		original: {
			id: `${article.slug}-zh`,
			...shared,
			title: original.title,
			'container-title': original.publication.zh,
			language: 'zh-CN',
		},
		translation: {
			id: `${article.slug}-en`,
			...shared,
			title: translation.title,
			'container-title': original.publication.en,
			language: 'en',
			'original-title': original.title,
			...(translation.translator
				? { translator: [{ literal: translation.translator }] }
				: { note: `Translator unknown. ${translation.translatorNote}`.replace('unknown. Unknown.', 'unknown.') }),
		},
	};
}
