// Sentence pairing: one to one, or by an article's alignment file; and Gale–Church proposals for it.
import { SourceError } from '../errors.ts';
import type { AlignmentSource } from '../schema.ts';

/** One segment as the alignment file groups it: the Chinese and English sentence numbers, 1-based. */
export interface SegmentGroup {
	zh: number[];
	en: number[];
}

/** An article's alignment file as loaded: its path, its raw text (for line numbers) and its groups. */
export interface AlignmentFile {
	file: string;
	raw: string;
	paragraphs: AlignmentSource['paragraphs'];
}

/** The line of a paragraph's entry in an alignment file, for messages (1 when it cannot be found). */
export function entryLine(raw: string, paragraph: number): number {
	const lines = raw.split('\n');
	const at = lines.findIndex((line) => new RegExp(`^\\s*-?\\s*paragraph:\\s*${paragraph}\\s*$`).test(line));
	return at + 1 || 1;
}

/**
 * Groups a paragraph's sentences into segments as `groups` say: each group's sentences are
 * consecutive, and together the groups take every sentence of each language once, in order.
 * Returns the segments' texts; fails naming `where` (file:line) and the fix.
 */
export function groupSentences(sentences: { zh: string[]; en: string[] }, groups: SegmentGroup[], where: string): { zh: string[]; en: string[] } {
	const problems: string[] = [];
	for (const lang of ['zh', 'en'] as const) {
		const numbers = groups.flatMap((g) => g[lang]);
		const expected = sentences[lang].map((_, i) => i + 1);
		if (numbers.join() !== expected.join()) {
			problems.push(
				`${where}: the ${lang === 'zh' ? 'Chinese' : 'English'} sentence numbers of the groups, in order, are [${numbers.join(', ')}]; they must be [${expected.join(', ')}]. ` +
					'Fix: list every sentence once, in order, each group a run of consecutive sentences.',
			);
		}
	}
	if (problems.length) throw new SourceError(problems.join('\n'));
	const join = (lang: 'zh' | 'en', numbers: number[]) => numbers.map((n) => sentences[lang][n - 1]).join('');
	return { zh: groups.map((g) => join('zh', g.zh)), en: groups.map((g) => join('en', g.en)) };
}

// Gale & Church (1993), "A Program for Aligning Sentences in Bilingual Corpora": the cost of pairing
// runs of sentences from their lengths in characters. Every segment has at least one sentence on each
// side, so 1-0 and 0-1 are left out.
const PRIORS: [number, number, number][] = [
	[1, 1, 0.89],
	[2, 1, 0.0445],
	[1, 2, 0.0445],
	[2, 2, 0.011],
	[3, 1, 0.005],
	[1, 3, 0.005],
];
const VARIANCE = 6.8;

/** The standard normal distribution's two-tailed probability beyond |z| (Abramowitz & Stegun 26.2.17). */
function twoTailed(z: number): number {
	const t = 1 / (1 + 0.2316419 * Math.abs(z));
	const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
	const tail = density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
	return 2 * tail;
}

/** The cost of pairing `zh` Chinese characters with `en` English characters, `ratio` English characters expected per Chinese one. */
function lengthCost(zh: number, en: number, ratio: number): number {
	const mean = (zh + en / ratio) / 2;
	const delta = (en / ratio - zh) / Math.sqrt(Math.max(mean, 1) * VARIANCE);
	return -Math.log(Math.max(twoTailed(delta), 1e-300));
}

/**
 * Proposes segment groups for one paragraph by Gale–Church on the sentences' lengths in characters.
 * `ratio` is the English characters expected per Chinese character (the article's own ratio is a
 * good one). A proposal only: the editor reviews it before it goes into the alignment file.
 */
export function galeChurch(zh: string[], en: string[], ratio: number): SegmentGroup[] {
	const length = (s: string) => [...s.trim()].length;
	const zl = zh.map(length);
	const el = en.map(length);
	const cost: number[][] = Array.from({ length: zh.length + 1 }, () => Array(en.length + 1).fill(Infinity));
	const back: ([number, number] | undefined)[][] = Array.from({ length: zh.length + 1 }, () => Array(en.length + 1).fill(undefined));
	cost[0]![0] = 0;
	for (let i = 0; i <= zh.length; i++) {
		for (let j = 0; j <= en.length; j++) {
			for (const [a, b, prior] of PRIORS) {
				if (i < a || j < b || cost[i - a]![j - b] === Infinity) continue;
				const sum = (lengths: number[], from: number, to: number) => lengths.slice(from, to).reduce((n, l) => n + l, 0);
				const c = cost[i - a]![j - b]! - Math.log(prior) + lengthCost(sum(zl, i - a, i), sum(el, j - b, j), ratio);
				if (c < cost[i]![j]!) {
					cost[i]![j] = c;
					back[i]![j] = [a, b];
				}
			}
		}
	}
	if (cost[zh.length]![en.length] === Infinity) throw new Error('no grouping of these sentences pairs every sentence (more than three to one?)');
	const groups: SegmentGroup[] = [];
	for (let i = zh.length, j = en.length; i > 0 || j > 0; ) {
		const [a, b] = back[i]![j]!;
		groups.unshift({ zh: range(i - a + 1, i), en: range(j - b + 1, j) });
		i -= a;
		j -= b;
	}
	return groups;
}

function range(from: number, to: number): number[] {
	return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}
