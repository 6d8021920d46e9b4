// The word links measured: the reviewed links' coverage of each article, the proposer's precision and recall against them, and its time on a synthetic edition.
// Run alone: node tests/bench/word-links.ts [--scale=1000]; npm run bench runs it too.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachWordLinks, placeLinks, wordLinksFile, type WordLink } from '../../src/lib/paragraph/layers/word-links.ts';
import { sourceArticle, sourceGlossary } from '../../src/lib/paragraph/source-folder.ts';
import { partsOfAnchor } from '../../src/lib/anchors.ts';
import { wordLinksSchema } from '../../src/lib/schema.ts';
import { readYamlFile } from '../../src/lib/yaml-file.ts';
import { FUNCTION_WORDS, proposeLinks, readParagraph, segmentWords } from '../../src/lib/words/propose-links.ts';
import { writeSyntheticEdition } from '../support/synthetic.ts';

const root = new URL('../../', import.meta.url).pathname;
const content = join(root, 'content');

type Spans = { start: number; end: number }[];
const key = (spans: Spans) => spans.map((s) => `${s.start}-${s.end}`).join(',');
const overlaps = (a: Spans, b: Spans) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));

/** A link's two sides, placed (paragraph offsets), with its segment. */
type Placed = Pick<WordLink, 'segment' | 'zh' | 'en'>;

/**
 * Precision and recall of `proposed` against `reviewed`, two ways. Exact: a proposed link is right
 * when a reviewed link of its segment takes exactly the same Chinese words and the same English words.
 * Overlap (per Chinese word): a proposed link is right when a reviewed link of its segment shares Chinese
 * words with it and, among the English words, some of its English; a reviewed link is found when a
 * proposed link does that for it.
 */
export function agreement(proposed: Placed[], reviewed: Placed[]) {
	const same = (a: Placed, b: Placed) => a.segment === b.segment && key(a.zh) === key(b.zh) && key(a.en) === key(b.en);
	const near = (a: Placed, b: Placed) => a.segment === b.segment && overlaps(a.zh, b.zh) && overlaps(a.en, b.en);
	const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : 0);
	const exact = proposed.filter((p) => reviewed.some((r) => same(p, r))).length;
	return {
		proposed: proposed.length,
		reviewed: reviewed.length,
		exact: { right: exact, precision: ratio(exact, proposed.length), recall: ratio(exact, reviewed.length) },
		overlap: {
			precision: ratio(proposed.filter((p) => reviewed.some((r) => near(p, r))).length, proposed.length),
			recall: ratio(reviewed.filter((r) => proposed.some((p) => near(p, r))).length, reviewed.length),
		},
	};
}

/** The figures for every article with reviewed links: coverage, and the proposer against the editors. */
export function wordLinkFigures(contentDir = content) {
	const glossary = sourceGlossary(contentDir);
	const articles = readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(contentDir, d.name, 'word-links.yaml')));
	return articles.map(({ name: slug }) => {
		const article = sourceArticle(join(contentDir, slug), slug)!;
		const { links: reviewed } = attachWordLinks(article);
		const proposal = proposeLinks(article, glossary);
		const proposed = proposal.flatMap(({ segment, links }) => {
			const { paragraph: n, segment: m } = partsOfAnchor(segment)!;
			const placed = placeLinks(article.paragraphs[n - 1]!, m!, links, (j) => `${segment} link ${j + 1}`);
			if (placed.problems.length) throw new Error(placed.problems.join('\n'));
			return placed.links.map((link) => ({ segment, ...link }));
		});
		// Coverage: the Chinese content words (not function words) of the reviewed segments that a link
		// takes, of those the translation renders (all but those listed `unrendered`).
		const file = readYamlFile(wordLinksFile(article), wordLinksSchema, '').data;
		let linked = 0;
		const missed: string[] = [];
		for (const entry of file.segments.filter((s) => s.reviewed)) {
			const { paragraph: n, segment: m } = partsOfAnchor(entry.segment)!;
			const paragraph = article.paragraphs[n - 1]!;
			const offset = paragraph.segments.zh.slice(0, m! - 1).join('').length;
			const taken = reviewed.filter((l) => l.segment === entry.segment).flatMap((l) => l.zh);
			// Where the editors list words the translation leaves out: each entry's first occurrence in the
			// sentence (an entry may be several of the segmenter's words: 本报讯 is 本报 and 讯).
			const sentence = paragraph.segments.zh[m! - 1]!;
			const unrendered = (entry.unrendered ?? []).map((words) => ({ start: sentence.indexOf(words), end: sentence.indexOf(words) + words.length }));
			for (const word of segmentWords(readParagraph(paragraph, glossary), m!).words.filter((w) => !FUNCTION_WORDS.has(w.text))) {
				if (overlaps([{ start: offset + word.start, end: offset + word.end }], taken)) linked++;
				else if (!unrendered.some((u) => u.start >= 0 && u.start <= word.start && word.end <= u.end)) missed.push(`${entry.segment} ${word.text}`);
			}
		}
		return { slug, coverage: { linked, rendered: linked + missed.length, percent: Math.round((linked / (linked + missed.length)) * 1000) / 10, unlinked: missed }, proposer: agreement(proposed, reviewed) };
	});
}

/** The proposer's time on a synthetic edition of `n` articles (tests/support/synthetic.ts), the dictionary's loading included. */
export function proposerTime(n: number) {
	const work = mkdtempSync(join(tmpdir(), `edition-words-${n}-`));
	try {
		writeSyntheticEdition(join(work, 'content'), n);
		const glossary = sourceGlossary(content);
		const slugs = readdirSync(join(work, 'content'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
		const started = performance.now();
		let links = 0;
		let firstMs = 0;
		for (const slug of slugs) {
			const article = sourceArticle(join(work, 'content', slug), slug)!;
			links += proposeLinks(article, glossary).reduce((k, s) => k + s.links.length, 0);
			firstMs ||= performance.now() - started;
		}
		const milliseconds = Math.round(performance.now() - started);
		return { articles: slugs.length, links, milliseconds, firstArticleMs: Math.round(firstMs), perArticleMs: Math.round(((milliseconds - firstMs) / Math.max(1, slugs.length - 1)) * 10) / 10 };
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

/** Prints the figures (npm run bench calls this) and returns them for bench.json. */
export function printWordLinkFigures(scale = 1000) {
	const figures = wordLinkFigures();
	console.log('\nWord links (tests/bench/word-links.ts)');
	for (const { slug, coverage, proposer } of figures) {
		console.log(`  ${slug}: coverage ${coverage.linked} of ${coverage.rendered} Chinese content words the translation renders are linked (${coverage.percent}%)`);
		if (coverage.unlinked.length) console.log(`    unlinked and not listed unrendered: ${coverage.unlinked.join(', ')}`);
		console.log(
			`    proposer: ${proposer.proposed} links proposed, ${proposer.reviewed} reviewed; exact (same Chinese and English words): ${proposer.exact.right} right, ` +
				`precision ${proposer.exact.precision}%, recall ${proposer.exact.recall}%; overlap (shares Chinese and English words with a reviewed link): precision ${proposer.overlap.precision}%, recall ${proposer.overlap.recall}%`,
		);
	}
	const time = proposerTime(scale);
	console.log(`  proposer on ${time.articles} synthetic articles: ${time.milliseconds} ms (${time.links} links; first article ${time.firstArticleMs} ms with the dictionary's loading, then ${time.perArticleMs} ms an article)`);
	return { articles: figures, time };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	printWordLinkFigures(Number(process.argv.find((a) => a.startsWith('--scale='))?.slice(8) ?? 1000));
}
