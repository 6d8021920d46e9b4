// The edition's releases: its version, licence and changelog (src/data/edition.json).
import edition from '../data/edition.json';
import { SourceError } from './errors.ts';

/** One release of the edition and what changed in it. */
export interface Release {
	version: string;
	date: string;
	changes: string[];
	/** The articles this release added to the edition (their slugs): the feed dates each by its release. */
	articles?: string[];
	/** The corrections of the translation this release made, each `slug#pN-cK` (paragraph/layers/corrections.ts). */
	corrections?: string[];
}

/** A correction a release lists, found in its article: where it is, and what it changed. */
export interface ListedCorrection {
	slug: string;
	id: string;
	segment: string;
	received: string;
	reading: string;
}

/**
 * The corrections a release lists, each found in its article; fails naming the changelog and the
 * entry when the article has no such correction (a correction's anchor is published: it never
 * goes). A correction of an article this build does not hold (a test's own content) is left out.
 */
export function listedCorrections(release: Release, articles: { slug: string; paragraphs: { layers: { corrections: { id: string; segment: string; received: string; reading: string }[] } }[] }[]): ListedCorrection[] {
	return (release.corrections ?? []).flatMap((listed) => {
		const [slug, id] = listed.split('#') as [string, string | undefined];
		const article = articles.find((a) => a.slug === slug);
		if (!article) return [];
		const found = article.paragraphs.flatMap((p) => p.layers.corrections).find((c) => c.id === id);
		if (!found) throw new SourceError(`src/data/edition.json: release ${release.version} lists the correction "${listed}", which no article has. Fix: write it as <slug>#pN-cK, as the article's corrections.yaml numbers it.`);
		return [{ slug, id: found.id, segment: found.segment, received: found.received, reading: found.reading }];
	});
}

/** The edition's current version and the date of its latest change (the newest changelog entry). */
export function currentRelease(releases: Release[] = edition.changelog): Release {
	const [latest] = [...releases].sort((a, b) => b.date.localeCompare(a.date) || compareVersions(b.version, a.version));
	if (!latest) throw new Error('src/data/edition.json: the changelog is empty. Fix: add an entry for the current version.');
	return latest;
}

/**
 * The date an article entered the edition: the date of the earliest release that lists it among its
 * articles, or, for one no release lists yet (new since the last), the current release's date.
 */
export function enteredEdition(slug: string, releases: Release[] = edition.changelog): string {
	const listing = releases.filter((r) => r.articles?.includes(slug)).map((r) => r.date);
	return listing.sort()[0] ?? currentRelease(releases).date;
}

/** Compares two dotted version numbers (1.10.0 after 1.9.0). */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d) return d;
	}
	return 0;
}

export { edition };
