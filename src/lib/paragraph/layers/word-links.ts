// The word-links layer: which Chinese words of each segment the translation renders by which English words, checked against the text and published once reviewed.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { partsOfAnchor, segmentAnchor } from '../../anchors.ts';
import { SourceError } from '../../errors.ts';
import { wordLinksSchema, type WordLinksSource } from '../../schema.ts';
import { readYamlFile } from '../../yaml-file.ts';
import { segmentText, type Language, type LayerArticle, type LayerParagraph, type ParagraphLayer } from '../layer.ts';

/** Words of one side of a link: where they are in the paragraph's text (UTF-16 offsets), and the words. */
export interface LinkedWords {
	start: number;
	end: number;
	text: string;
}

/** One word link of a segment: the Chinese words and the English words that render them. */
export interface WordLink {
	/** The segment (`p3-s2`) and the link's number in it, from 1. */
	segment: string;
	k: number;
	zh: LinkedWords[];
	en: LinkedWords[];
	note?: string | undefined;
}

/** The word-links file of an article, where it is. */
export function wordLinksFile(article: Pick<LayerArticle, 'files'>): string {
	return join(dirname(article.files.zh), 'word-links.yaml');
}

/** Where `piece` (`words`, or `words#N` for their N-th occurrence) is in `text`, or why it is not found. */
function locate(text: string, piece: string): { start: number; end: number; words: string } | string {
	const [, words, nth] = /^(.*?)(?:#([1-9]\d*))?$/s.exec(piece)!;
	const starts: number[] = [];
	for (let at = text.indexOf(words!); at >= 0; at = text.indexOf(words!, at + 1)) starts.push(at);
	if (!nth && starts.length !== 1) return starts.length ? `“${words}” occurs ${starts.length} times; write “${words}#N” for its N-th occurrence` : `“${words}” does not occur`;
	const start = starts[Number(nth ?? 1) - 1];
	if (start === undefined) return `“${words}” occurs ${starts.length} time${starts.length === 1 ? '' : 's'}, not ${nth}`;
	return { start, end: start + words!.length, words: words! };
}

/** A link of a word-links file as written: each side's pieces, and an optional note. */
type LinkSource = WordLinksSource['segments'][number]['links'][number];

/**
 * Places the links of the m-th segment of a paragraph: each piece must occur in the segment as
 * written (`#N` where it repeats), no two links taking the same words. Returns each link's words in
 * paragraph offsets, and the problems found, each opening with `where(j)` (the j-th link, from 0).
 */
export function placeLinks(paragraph: LayerParagraph, m: number, links: LinkSource[], where: (j: number) => string): { links: Omit<WordLink, 'segment' | 'k'>[]; problems: string[] } {
	const problems: string[] = [];
	const taken: Record<Language, [number, number][]> = { zh: [], en: [] };
	const placed = links.map((link, j) => {
		const side = (lang: Language): LinkedWords[] => {
			const { text, offset } = segmentText(paragraph, lang, m);
			return link[lang].flatMap((piece) => {
				const found = locate(text, piece);
				if (typeof found === 'string') {
					problems.push(`${where(j)}: in the ${lang === 'zh' ? 'Chinese' : 'English'} of the segment, ${found}. Fix: copy the words exactly from the sentence.`);
					return [];
				}
				if (taken[lang].some(([s, e]) => s < found.end && found.start < e)) {
					problems.push(`${where(j)}: “${piece}” overlaps words another link of the segment takes. Fix: link each word once.`);
					return [];
				}
				taken[lang].push([found.start, found.end]);
				return [{ start: offset + found.start, end: offset + found.end, text: found.words }];
			});
		};
		return { zh: side('zh'), en: side('en'), ...(link.note ? { note: link.note } : {}) };
	});
	return { links: placed, problems };
}

/** A segment whose links await review: the warning it gets, and each of its links that would not place. */
export interface UnreviewedSegment {
	segment: string;
	message: string;
	problems: string[];
}

/** What the build says of the segments awaiting review: each one's warning, then its links that would not place. */
function unreviewedMessages(unreviewed: UnreviewedSegment[]): string[] {
	return unreviewed.flatMap((u) => [u.message, ...u.problems]);
}

/**
 * Reads an article's word-links file and checks it against the segments: each segment must exist
 * (once), and each link's words must occur in it as written, no two links taking the same words.
 * Segments not reviewed yet are left out, with a warning, and so are their links that do not place
 * (EDITION_STRICT=1 makes them errors, as the build's strict mode does for alignment groups). Fails naming file:line, the reason and the fix.
 * Returns the published links, the segments awaiting review, and every segment the file lists.
 */
export function attachWordLinks(article: LayerArticle, strict = false): { links: WordLink[]; unreviewed: UnreviewedSegment[]; listed: Set<string> } {
	const path = wordLinksFile(article);
	if (!existsSync(path)) return { links: [], unreviewed: [], listed: new Set() };
	const { file, data, lineOf } = readYamlFile(path, wordLinksSchema, 'see the example of a word-links file in docs/data-formats.md');
	const problems: string[] = [];
	const links: WordLink[] = [];
	const unreviewed: UnreviewedSegment[] = [];
	const seen = new Set<string>();
	data.segments.forEach((entry, i) => {
		const where = `${file}:${lineOf(['segments', i])}: ${entry.segment}`;
		const { paragraph: n, segment: m = 0 } = partsOfAnchor(entry.segment)!;
		const paragraph = article.paragraphs.find((p) => p.n === n);
		const segments = { zh: paragraph?.segments.zh ?? [], en: paragraph?.segments.en ?? [] };
		if (seen.has(entry.segment)) return problems.push(`${where}: the segment is listed twice. Fix: keep one entry per segment.`);
		seen.add(entry.segment);
		if (m > segments.zh.length) return problems.push(`${where}: the article has no segment ${entry.segment}. Fix: name a segment the page has (${paragraph ? `${segmentAnchor(n, 1)} to ${segmentAnchor(n, Math.max(1, segments.zh.length))}` : `¶${n} does not exist`}).`);
		const placed = placeLinks(paragraph!, m, entry.links, (j) => `${file}:${lineOf(['segments', i, 'links', j])}: ${entry.segment}, link ${j + 1}`);
		if (!entry.reviewed) {
			// Checked now, so that the review starts from links that place.
			const message = `${where}: its word links await review (reviewed: false), so they are not published. Fix: check each link against the two sentences, then set \`reviewed: true\`.`;
			unreviewed.push({ segment: entry.segment, message, problems: placed.problems });
			return;
		}
		problems.push(...placed.problems);
		links.push(...placed.links.map((link, j) => ({ segment: entry.segment, k: j + 1, ...link })));
	});
	if (strict && unreviewed.length) problems.push(...unreviewedMessages(unreviewed).map((u) => `${u} (EDITION_STRICT=1: nothing was published.)`));
	if (problems.length) throw new SourceError(problems.join('\n'));
	return { links, unreviewed, listed: seen };
}

/** The word-links layer: each article's reviewed word links, attached to their paragraphs (the page shows them on demand; the TEI and a download publish them). */
export function wordLinksLayer(strict = false): ParagraphLayer<'wordLinks', WordLink[]> {
	return {
		name: 'wordLinks',
		attach(article) {
			const { links, unreviewed } = attachWordLinks(article, strict);
			for (const message of unreviewedMessages(unreviewed)) console.warn(`[edition] warning: ${message}`);
			return (paragraph) => links.filter((link) => link.segment.startsWith(`p${paragraph.n}-`));
		},
	};
}
