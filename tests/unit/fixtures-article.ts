import type { AlignedParagraph, Article } from '../../src/lib/article.ts';

/** A built paragraph of plain text: one segment per language, no notes, terms or words. */
export function plainParagraph(n: number, zh: string, en: string): AlignedParagraph {
	const text = (t: string) => ({ text: t, sentences: [t], html: t, anchoredHtml: t });
	const layers = { notes: [], corrections: [], wordLinks: [], glossary: { zh: [], en: [] }, pinyin: { words: [{ text: zh }] } };
	return { n, id: `p${n}`, original: { ...text(zh), ruby: zh }, translation: text(en), layers, anchors: [] };
}

/** The real article's record, as the content collections give it, with placeholder paragraphs. */
export const handicraftArticle: Article = {
	slug: '1955-01-09-national-handicraft-work-conference',
	original: {
		file: 'content/1955-01-09-national-handicraft-work-conference/zh.md',
		language: 'zh-Hans',
		title: '全国手工业工作会议确定今年生产任务',
		date: '1955-01-09',
		publication: { zh: '人民日报', en: "People's Daily" },
		page: 1,
		column: '',
		author: null,
		source: 'test',
	},
	translation: {
		file: 'content/1955-01-09-national-handicraft-work-conference/en.md',
		language: 'en',
		title: "National Handicraft Work Conference Defines This Year's Production Tasks",
		translator: null,
		translatorNote: 'Unknown. The source file names no translator.',
		source: 'test',
	},
	paragraphs: [1, 2, 3].map((n) => plainParagraph(n, '一', 'one')),
};
