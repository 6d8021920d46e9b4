// A Resource's citable units (its paragraphs and their sentences) and the ranges of them the API answers for.
import type { AlignedParagraph, Article } from '../article.ts';

/** A CitableUnit of a Resource's citation tree: a paragraph (`p3`) or a sentence (`p3-s4`), named as the page anchors are. */
export interface CitableUnit {
	identifier: string;
	'@type': 'CitableUnit';
	'@id': string;
	level: 1 | 2;
	parent: string | null;
	citeType: 'paragraph' | 'sentence';
}

/** A paragraph and its sentences (an unpaired paragraph has none). */
export interface ParagraphUnits {
	paragraph: CitableUnit;
	sentences: CitableUnit[];
}

/** A paragraph and its sentences as CitableUnits, each `@id` its address on the page in `lang`. */
function paragraphUnits(article: Article, lang: 'zh' | 'en', p: AlignedParagraph, site: string): ParagraphUnits {
	const page = `${site}articles/${article.slug}/${lang}/`;
	// An unpaired paragraph's `sentences` are empty (article.ts, pairSentences).
	const sentences = p.original.sentences.map((_, i) => `${p.id}-s${i + 1}`);
	return {
		paragraph: { identifier: p.id, '@type': 'CitableUnit', '@id': `${page}#${p.id}`, level: 1, parent: null, citeType: 'paragraph' },
		sentences: sentences.map((identifier) => ({ identifier, '@type': 'CitableUnit', '@id': `${page}#${identifier}`, level: 2, parent: p.id, citeType: 'sentence' })),
	};
}

/** The citation tree of one version of an article, paragraph by paragraph. */
export function citationTree(article: Article, lang: 'zh' | 'en', site: string): ParagraphUnits[] {
	return article.paragraphs.map((p) => paragraphUnits(article, lang, p, site));
}

/** A range the API answers for: its first and last unit, and every unit from one to the other, the level below included, in document order. */
export interface UnitRange {
	start: CitableUnit;
	end: CitableUnit;
	units: CitableUnit[];
}

/**
 * The ranges of a tree: any two paragraphs in document order, each with the sentences of the
 * paragraphs from one to the other; then any two sentences of one paragraph in order (a sentence
 * has no children). A range of one unit is its `ref`. Ranges of sentences of two paragraphs, and
 * ranges that mix a paragraph and a sentence, are left out (docs/dts.md); such a request finds no file.
 */
export function* unitRanges(tree: ParagraphUnits[]): Generator<UnitRange> {
	for (let i = 0; i < tree.length; i++) {
		const units = [tree[i]!.paragraph, ...tree[i]!.sentences];
		for (let j = i + 1; j < tree.length; j++) {
			units.push(tree[j]!.paragraph, ...tree[j]!.sentences);
			yield { start: tree[i]!.paragraph, end: tree[j]!.paragraph, units: [...units] };
		}
	}
	for (const { sentences } of tree) {
		for (let i = 0; i < sentences.length; i++) {
			for (let j = i + 1; j < sentences.length; j++) yield { start: sentences[i]!, end: sentences[j]!, units: sentences.slice(i, j + 1) };
		}
	}
}
