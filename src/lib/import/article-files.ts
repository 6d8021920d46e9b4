// The two Markdown files of an imported article (zh.md, en.md) and its slug.
import { stringify } from 'yaml';
import { formatDate } from '../dates.ts';
import type { SourceArticle } from './source-file.ts';
import { escapeMarkdown } from './markdown-escape.ts';

/** The longest slug the importer makes. */
export const SLUG_LENGTH = 80;

/**
 * An article's slug: its date and English title in lowercase ASCII and hyphens, at most 80
 * characters (cut at a word), unique among `taken` by a numbered suffix (-2, -3 …).
 */
export function slugFor(article: Pick<SourceArticle, 'date' | 'title'>, taken: Set<string>): string {
	const words = article.title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = article.date;
	for (const word of words) {
		if (`${slug}-${word}`.length > SLUG_LENGTH) break;
		slug = `${slug}-${word}`;
	}
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
