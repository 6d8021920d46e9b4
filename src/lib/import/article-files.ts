// The two Markdown files of an imported article (zh.md, en.md) and its slug.
import { stringify } from 'yaml';
import { formatDate } from '../dates.ts';
import type { SourceArticle } from './source-file.ts';
import { escapeMarkdown } from './markdown-escape.ts';

/** The longest slug the importer makes. */
export const SLUG_LENGTH = 80;

/** What a slug may be (the build's rule for an article folder's name): lowercase letters and digits, single hyphens between. */
export const ARTICLE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Words a slug does not end on: they open the phrase that follows (…-prepare-for, …-of-the). */
const OPENS_A_PHRASE = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'its', 'their', 'his', 'her', 'our', 'and', 'or', 'but', 'nor', 'for', 'of', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'into', 'as', 'than', 'about', 'over', 'under', 'after', 'before', 'between', 'against', 'toward', 'towards', 'among']);

/**
 * An article's slug: its date and English title in lowercase ASCII and hyphens, at most 80
 * characters, unique among `taken` by a numbered suffix (-2, -3 …). A title too long is cut where a
 * phrase ends: before punctuation or a word that opens the next phrase (…-conference-defines rather
 * than …-defines-this-years-production, …-actively-prepare rather than …-actively-prepare-for).
 */
export function slugFor(article: Pick<SourceArticle, 'date' | 'title'>, taken: Set<string>): string {
	// The title's words, each marked when a phrase ends after it (punctuation follows, or a word that opens one).
	const pieces = article.title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/\s+/)
		.flatMap((piece) => {
			const words = piece.split(/[^a-z0-9]+/).filter(Boolean);
			return words.map((word, i) => ({ word, punctuated: i === words.length - 1 && /[^a-z0-9]$/.test(piece) }));
		});
	const words = pieces.map((p) => p.word);
	let fits = 0;
	while (fits < words.length && [article.date, ...words.slice(0, fits + 1)].join('-').length <= SLUG_LENGTH) fits++;
	let cut = fits;
	if (fits < words.length) {
		const phraseEnd = (n: number) => !OPENS_A_PHRASE.has(words[n - 1]!) && (OPENS_A_PHRASE.has(words[n]!) || pieces[n - 1]!.punctuated);
		while (cut > 0 && !phraseEnd(cut)) cut--;
		// No phrase ends in reach: cut at a word, never after one that opens a phrase.
		if (!cut) for (cut = fits; cut > 1 && OPENS_A_PHRASE.has(words[cut - 1]!); cut--);
	}
	const slug = [article.date, ...words.slice(0, cut)].join('-');
	if (!taken.has(slug)) return slug;
	for (let n = 2; ; n++) {
		const suffix = `-${n}`;
		const candidate = `${slug.slice(0, SLUG_LENGTH - suffix.length).replace(/-$/, '')}${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/** The `source` fields: where each text comes from, naming the file (which is how an import finds its article again). */
export function sourceFields(article: SourceArticle): { zh: string; en: string } {
	return {
		zh: `人民日报 ${article.date} 第${article.page}版，原文机读文本（来源文件 ${article.file}）`,
		en: `English translation accompanying the machine-readable text of People's Daily, ${formatDate(article.date, 'en')}, page ${article.page} (source file ${article.file}).`,
	};
}

/** The file name a `source` field quotes, if any. */
export function sourceFileOf(source: string): string | undefined {
	return /(?:来源文件|source file) ([^\s）)]+)/.exec(source)?.[1];
}

/** A Markdown file: front matter (with its comment), then the paragraphs, escaped, a blank line between them. */
function markdownFile(comment: string, record: Record<string, unknown>, paragraphs: string[]): string {
	const front = stringify(record, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' }).trimEnd();
	return `---\n${comment}\n${front}\n---\n\n${paragraphs.map(escapeMarkdown).join('\n\n')}\n`;
}

/** The Chinese original's and the English translation's Markdown files for a source article. */
export function articleFiles(article: SourceArticle): { zh: string; en: string } {
	const source = sourceFields(article);
	return {
		zh: markdownFile(
			'# The Chinese original, imported verbatim by `npm run import`. Never correct the text here: notes belong\n# to the editorial-notes layer. Each paragraph is one Markdown paragraph; its number is its anchor (#pN).',
			{
				language: 'zh-Hans',
				title: article.chinese.title,
				date: article.date,
				publication: { zh: '人民日报', en: "People's Daily" },
				page: article.page,
				column: article.chinese.column,
				author: article.author,
				source: source.zh,
			},
			article.chinese.paragraphs,
		),
		en: markdownFile(
			'# The English translation, imported verbatim by `npm run import`, with its oddities. Corrections\n# and comments belong to the editorial-notes layer.',
			{ language: 'en', title: article.title, translator: null, translatorNote: 'Unknown. The source file names no translator.', source: source.en },
			article.english,
		),
	};
}
