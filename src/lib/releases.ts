// The edition's releases: its version, licence and changelog (src/data/edition.json).
import edition from '../data/edition.json';

/** One release of the edition and what changed in it. */
export interface Release {
	version: string;
	date: string;
	changes: string[];
	/** The articles this release added to the edition (their slugs): the feed dates each by its release. */
	articles?: string[];
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
