import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFiles, slugFor } from '../../src/lib/import/article-files.ts';
import { parseSource } from '../../src/lib/import/source-file.ts';
import { random } from './random.ts';

/** A synthetic article written by `writeSyntheticEdition`, with the word that only it contains. */
export interface SyntheticArticle {
	slug: string;
	paragraphs: number;
	/** A made-up English word placed in one paragraph of this article only. */
	marker: string;
	/** The 1-based paragraph that holds the marker. */
	markerParagraph: number;
	/** Its date in the paper and its page. */
	date: string;
	page: number;
}

const real = new URL('../../content/1955-01-09-national-handicraft-work-conference/', import.meta.url);

function split(file: string): { paragraphs: string[] } {
	const [, , body] = readFileSync(new URL(file, real), 'utf8').split(/^---$/m) as [string, string, string];
	// The committed Markdown is the source text (its paragraphs hold no escaped characters).
	return { paragraphs: body.trim().split(/\n\s*\n/) };
}

/** Spells a number as letters only (0 → "a", 27 → "bb"), so markers are single words to every tokenizer. */
function letters(n: number): string {
	let out = '';
	do {
		out = String.fromCharCode(97 + (n % 26)) + out;
		n = Math.floor(n / 26);
	} while (n > 0);
	return out;
}

/** A source file in the format `npm run import` reads (see src/lib/import/source-file.ts). */
function sourceFile(article: { title: string; titleZh: string; date: string; page: number; english: string[]; chinese: string[] }): string {
	return [
		`Title: ${article.title}`,
		'Author:',
		`Date: ${article.date}`,
		`Page: ${article.page}`,
		'',
		article.english.join('\n\n'),
		'',
		'',
		'<hr /> ',
		'',
		'Original: ',
		'',
		'',
		`### ${article.titleZh}`,
		'',
		article.date,
		`第${article.page}版()`,
		'专栏：',
		'',
		...[article.titleZh, ...article.chinese].map((p) => `    ${p}`),
		'',
	].join('\n');
}

/**
 * Writes n synthetic articles into `dir` the way the edition takes articles in: as source files
 * (`NNN_synthetic.txt`, in `sources` beside it when given) imported by the importer's own code. Each
 * shuffles and recombines the real article's aligned paragraph pairs (3 to 8 of them, so Chinese and
 * English stay aligned), with its own date and titles, and one made-up marker word (`zqv…`) in one
 * English paragraph, unique to it.
 */
export function writeSyntheticEdition(dir: string, n: number, seed = 1955, sources?: string): SyntheticArticle[] {
	const zh = split('zh.md');
	const en = split('en.md');
	const next = random(seed);
	const articles: SyntheticArticle[] = [];
	const taken = new Set<string>();
	const step = Math.max(1, Math.floor(730 / Math.ceil(n / 2)));
	if (sources) mkdirSync(sources, { recursive: true });
	for (let i = 0; i < n; i++) {
		const count = 3 + Math.floor(next() * 6);
		const picks = Array.from({ length: count }, () => Math.floor(next() * zh.paragraphs.length));
		const markerParagraph = 1 + Math.floor(next() * count);
		const marker = `zqv${letters(i)}`;
		// Two articles a day, on pages 1 and 2 or 3 and 4, the days spread over about two years (one
		// day apart past 730 articles), so the browsing pages and the search filters have years and pages to tell apart.
		const date = new Date(Date.UTC(1955, 0, 9 + Math.floor(i / 2) * step)).toISOString().slice(0, 10);
		const page = 1 + (i % 4);
		const file = `${String(i + 1).padStart(4, '0')}_synthetic.txt`;
		const text = sourceFile({
			title: `Synthetic article ${i + 1} from the Handicraft Conference report`,
			titleZh: `全国手工业工作会议确定今年生产任务（合成${i + 1}）`,
			date,
			page,
			english: picks.map((p, k) => (k + 1 === markerParagraph ? `${en.paragraphs[p]} ${marker}` : en.paragraphs[p]!)),
			chinese: picks.map((p) => zh.paragraphs[p]!),
		});
		if (sources) writeFileSync(join(sources, file), text);
		const article = parseSource(text, file);
		const slug = slugFor(article, taken);
		taken.add(slug);
		const made = articleFiles(article);
		mkdirSync(join(dir, slug), { recursive: true });
		writeFileSync(join(dir, slug, 'zh.md'), made.zh);
		writeFileSync(join(dir, slug, 'en.md'), made.en);
		articles.push({ slug, paragraphs: count, marker, markerParagraph, date, page });
	}
	return articles;
}
