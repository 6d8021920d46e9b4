// Sentence pairing: a paragraph's sentences as segments, one to one or as its article's alignment file groups them.
import { SourceError } from '../errors.ts';
import { chineseSentences, englishSentences } from './sentences.ts';
import { entryLine, groupSentences, type AlignmentFile } from './alignment.ts';
import type { SourceParagraph } from '../markdown/source-data.ts';

/** A paragraph of both source files, paired under its stable anchor, before the pipeline's steps. */
export interface SourcePair {
	n: number;
	/** The anchor (`p3`): never changes once published. */
	id: string;
	original: Omit<SourceParagraph, 'n'>;
	translation: Omit<SourceParagraph, 'n'>;
}


/** Why a paragraph is aligned by paragraph only: its sentence counts, and what the build says of it. */
export interface Unpaired {
	/** `counts`: the counts differ and no alignment entry groups them; `unreviewed`: an entry awaits review. */
	reason: 'counts' | 'unreviewed';
	zh: number;
	en: number;
	/** The build's warning: file, paragraph, both counts and the fix. */
	message: string;
}

/** How a paragraph's sentences pair: as segments, or (unpaired) not at all. */
export interface SentencePairing {
	segments: { zh: string[]; en: string[] };
	unpaired?: Unpaired;
}



/** The most segments a paragraph may have: edition.css has one pairing rule per segment number. */
export const MAX_SEGMENTS = 40;

/**
 * Pairs the sentences of a paragraph into segments: as the alignment file groups them where it has a
 * reviewed entry for the paragraph, one to one otherwise. Where the counts differ and no entry groups
 * them, or the entry awaits review, the paragraph is unpaired: published by paragraph, without
 * sentence anchors (one published now would move when the sentences are grouped), with a warning
 * naming both files, the paragraph, both counts and the fix. With `strict`, that warning is an error.
 */
export function pairSentences(pair: SourcePair, files: { zh: string; en: string }, alignment?: AlignmentFile, strict = false): SentencePairing {
	const sentences = { zh: chineseSentences(pair.original.text), en: englishSentences(pair.translation.text) };
	const entry = alignment?.paragraphs.find((p) => p.paragraph === pair.n);
	const where = alignment && `${alignment.file}:${entryLine(alignment.raw, pair.n)} (¶${pair.n})`;
	const segments = entry ? groupSentences(sentences, entry.segments, where!) : sentences;
	if (segments.zh.length > MAX_SEGMENTS) {
		throw new SourceError(
			`${files.zh}: ¶${pair.n} has ${segments.zh.length} segments; the reading pages mark at most ${MAX_SEGMENTS} a paragraph (src/styles/edition.css). Fix: raise the limit there and here.`,
		);
	}
	const { zh, en } = sentences;
	const counts = { zh: zh.length, en: en.length };
	const none = { zh: [], en: [] };
	if (entry && entry.reviewed === false) {
		const message =
			`${where}: the sentence groups of ¶${pair.n} await review (reviewed: false), so ¶${pair.n} is published by paragraph, without sentence anchors. ` +
			`Fix: check each group against ${files.zh} and ${files.en}, then set \`reviewed: true\` (or delete the line).`;
		if (strict) throw new SourceError(`${message} (EDITION_STRICT=1: nothing was published.)`);
		return { segments: none, unpaired: { reason: 'unreviewed', ...counts, message } };
	}
	if (segments.zh.length === segments.en.length) return { segments };
	const list = (lang: string, sentences: string[]) => sentences.map((s, i) => `    ${lang} ${i + 1}: ${s.trim()}`).join('\n');
	const alignmentFile = files.zh.replace(/[^/]*$/, 'alignment.yaml');
	const slug = files.zh.split('/').at(-2) ?? '<slug>';
	const fix =
		`Fix: if the translation merges or splits sentences, group them for ¶${pair.n} in ${alignmentFile} ` +
		`(\`npm run align -- ${slug} --write\` writes groups for you to review; see docs/segments.md). If a sentence end was misread ` +
		'(Chinese sentences end at 。！？, English ones at . ! ? but not after an abbreviation), report it.';
	const counted = `${files.zh} has ${zh.length} sentence${zh.length === 1 ? '' : 's'}, ${files.en} has ${en.length}`;
	if (strict) throw new SourceError(`Sentence counts differ in ¶${pair.n}: ${counted}:\n${list('zh', zh)}\n${list('en', en)}\n${fix} (EDITION_STRICT=1: nothing was published.)`);
	const message = `${files.zh}: ¶${pair.n} is published by paragraph, without sentence anchors: ${counted}. ${fix}`;
	return { segments: none, unpaired: { reason: 'counts', ...counts, message } };
}

/** Fails for alignment entries that name no paragraph of the article, or one paragraph twice. */
export function checkAlignment(alignment: AlignmentFile, paragraphs: number): void {
	const problems: string[] = [];
	const seen = new Set<number>();
	for (const { paragraph } of alignment.paragraphs) {
		const where = `${alignment.file}:${entryLine(alignment.raw, paragraph)}`;
		if (paragraph > paragraphs) problems.push(`${where}: the article has no paragraph ${paragraph}. Fix: give a paragraph number from 1 to ${paragraphs}.`);
		if (seen.has(paragraph)) problems.push(`${where}: paragraph ${paragraph} is grouped twice. Fix: keep one entry per paragraph.`);
		seen.add(paragraph);
	}
	if (problems.length) throw new SourceError(problems.join('\n'));
}
