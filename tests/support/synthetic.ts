import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A synthetic article written by `writeSyntheticEdition`, with the word that only it contains. */
export interface SyntheticArticle {
	slug: string;
	paragraphs: number;
	/** A made-up English word placed in one paragraph of this article only. */
	marker: string;
	/** The 1-based paragraph that holds the marker. */
	markerParagraph: number;
}

const real = new URL('../../content/1955-01-09-national-handicraft-work-conference/', import.meta.url);

function split(file: string): { frontMatter: string; paragraphs: string[] } {
	const [, frontMatter, body] = readFileSync(new URL(file, real), 'utf8').split(/^---$/m) as [string, string, string];
	return { frontMatter, paragraphs: body.trim().split(/\n\s*\n/) };
}

/** A small deterministic pseudo-random generator (mulberry32), so every run writes the same edition. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
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

/**
 * Writes n synthetic articles into `dir`: each shuffles and recombines the real article's aligned
 * paragraph pairs (3 to 8 of them, so Chinese and English stay aligned), with its own slug, date and
 * titles, and one made-up marker word (`zqv…`) in one English paragraph, unique to it.
 */
export function writeSyntheticEdition(dir: string, n: number, seed = 1955): SyntheticArticle[] {
	const zh = split('zh.md');
	const en = split('en.md');
	const next = random(seed);
	const articles: SyntheticArticle[] = [];
	for (let i = 0; i < n; i++) {
		const slug = `synthetic-${String(i + 1).padStart(4, '0')}`;
		const count = 3 + Math.floor(next() * 6);
		const picks = Array.from({ length: count }, () => Math.floor(next() * zh.paragraphs.length));
		const markerParagraph = 1 + Math.floor(next() * count);
		const marker = `zqv${letters(i)}`;
		const date = new Date(Date.UTC(1955, 0, 9 + i)).toISOString().slice(0, 10);
		const zhFront = zh.frontMatter
			.replace(/^title: .*$/m, `title: ${'全国手工业工作会议确定今年生产任务'}（合成${i + 1}）`)
			.replace(/^date: .*$/m, `date: ${date}`);
		const enFront = en.frontMatter.replace(/^title: .*$/m, `title: Synthetic article ${i + 1} from the Handicraft Conference report`);
		const enParagraphs = picks.map((p, k) => (k + 1 === markerParagraph ? `${en.paragraphs[p]} ${marker}` : en.paragraphs[p]!));
		mkdirSync(join(dir, slug), { recursive: true });
		writeFileSync(join(dir, slug, 'zh.md'), `---${zhFront}---\n\n${picks.map((p) => zh.paragraphs[p]).join('\n\n')}\n`);
		writeFileSync(join(dir, slug, 'en.md'), `---${enFront}---\n\n${enParagraphs.join('\n\n')}\n`);
		articles.push({ slug, paragraphs: count, marker, markerParagraph });
	}
	return articles;
}
