// The edition's anchors: their format, the manifest of those published, and the check that none moves.
import { SourceError } from './errors.ts';

/** The anchor of paragraph n of an article: `p1`, `p2` … Published anchors never change. */
export function paragraphAnchor(n: number): string {
	return `p${n}`;
}

/** The paragraph number of a paragraph anchor (`p3` → 3); undefined for any other id. */
export function paragraphOfAnchor(id: string): number | undefined {
	// Its own pattern, not partsOfAnchor's: the search page's script reads it, and pays for each byte.
	const match = /^p([1-9]\d*)$/.exec(id);
	return match ? Number(match[1]) : undefined;
}

/** The paragraph and segment numbers of a paragraph or segment anchor (`p3-s4` → 3, 4; `p3` → 3, no segment); undefined for any other id. */
export function partsOfAnchor(id: string): { paragraph: number; segment?: number } | undefined {
	const match = /^p([1-9]\d*)(?:-s([1-9]\d*))?$/.exec(id);
	if (!match) return undefined;
	return match[2] ? { paragraph: Number(match[1]), segment: Number(match[2]) } : { paragraph: Number(match[1]) };
}

/** The anchor of segment m (a sentence and its translation) of paragraph n: `p3-s4`. */
export function segmentAnchor(n: number, m: number): string {
	return `${paragraphAnchor(n)}-s${m}`;
}

/** The anchor of the k-th editorial note on paragraph n: `p3-n1`. */
export function noteAnchor(n: number, k: number): string {
	return `${paragraphAnchor(n)}-n${k}`;
}

/** The anchor of the k-th editorial correction on paragraph n: `p4-c1`. */
export function correctionAnchor(n: number, k: number): string {
	return `${paragraphAnchor(n)}-c${k}`;
}

/** What the manifest remembers of an anchor: the opening words of its paragraph in each language. */
export interface AnchorIncipit {
	zh: string;
	en: string;
}

/** The committed record of every published anchor: article slug → anchor id → incipit. */
export interface AnchorManifest {
	articles: Record<string, Record<string, AnchorIncipit>>;
}

/** Anything with numbered paragraphs in both languages (an article), and the anchors its layers publish (notes). */
export interface AnchoredText {
	slug: string;
	paragraphs: {
		id: string;
		original: { text: string; sentences?: string[] };
		translation: { text: string; sentences?: string[] };
		/** The anchors the paragraph's layers publish (see paragraph/layer.ts), with what the manifest remembers of each. */
		anchors?: [string, AnchorIncipit][];
	}[];
}

const INCIPIT_LENGTH = 32;

/**
 * The opening characters of a paragraph, whitespace collapsed. An incipit rather than a hash: a
 * later correction inside a paragraph keeps its anchor, but a paragraph removed or inserted
 * earlier in the text shifts every incipit after it, which is exactly a moved anchor.
 */
export function incipit(text: string): string {
	return [...text.replace(/\s+/g, ' ').trim()].slice(0, INCIPIT_LENGTH).join('');
}

/**
 * The anchors an article publishes, in manifest form: each paragraph's, each segment's (`p3-s4`, by
 * the opening of its sentence in each language), and each note's (`p3-n1`), which the manifest
 * remembers by its phrase and the opening of its text.
 */
export function anchorsOf(article: AnchoredText): Record<string, AnchorIncipit> {
	return Object.fromEntries(
		article.paragraphs.flatMap((p) => [
			[p.id, { zh: incipit(p.original.text), en: incipit(p.translation.text) }],
			...(p.original.sentences ?? []).map((zh, i) => [segmentAnchor(paragraphOfAnchor(p.id)!, i + 1), { zh: incipit(zh), en: incipit(p.translation.sentences?.[i] ?? '') }]),
			...(p.anchors ?? []),
		]),
	);
}

/** Lists every published anchor the articles would drop or move, one line each (empty when safe). */
export function brokenAnchors(manifest: AnchorManifest, articles: AnchoredText[]): string[] {
	const bySlug = new Map(articles.map((a) => [a.slug, anchorsOf(a)]));
	const broken: string[] = [];
	for (const [slug, published] of Object.entries(manifest.articles)) {
		const current = bySlug.get(slug);
		for (const [id, was] of Object.entries(published)) {
			const now = current?.[id];
			if (!current) broken.push(`${slug}#${id}: the article is gone`);
			else if (!now) broken.push(`${slug}#${id}: the anchor is gone`);
			else if (now.zh !== was.zh || now.en !== was.en)
				broken.push(`${slug}#${id}: moved; it was "${was.zh}" / "${was.en}", now "${now.zh}" / "${now.en}"`);
		}
	}
	return broken;
}

/** Fails the build when a published anchor would be dropped or renumbered. */
export function assertAnchorsKept(manifest: AnchorManifest, articles: AnchoredText[], manifestFile: string): void {
	const broken = brokenAnchors(manifest, articles);
	if (broken.length === 0) return;
	throw new SourceError(
		`Published anchors would break (${manifestFile} lists them as published):\n` +
			broken.map((line) => `  - ${line}`).join('\n') +
			'\nFix: restore the paragraphs so every published anchor keeps its text. Published anchors are cited ' +
			'in print and must never move; a paragraph that must go stays numbered, with an editorial note.',
	);
}

/** Adds the anchors a build publishes to the manifest, never changing one already recorded there. */
export function publishAnchors(manifest: AnchorManifest, built: AnchorManifest): AnchorManifest {
	const next: AnchorManifest = { articles: structuredClone(manifest.articles) };
	for (const [slug, anchors] of Object.entries(built.articles)) {
		const published = (next.articles[slug] ??= {});
		for (const [id, entry] of Object.entries(anchors)) published[id] ??= entry;
	}
	return next;
}

/** The manifest form of the anchors some articles publish. */
export function manifestOf(articles: AnchoredText[]): AnchorManifest {
	return { articles: Object.fromEntries(articles.map((a) => [a.slug, anchorsOf(a)])) };
}
