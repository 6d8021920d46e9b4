// The editor's checklist after an import: the steps a build can see forgotten (the article's anchors
// not published in the manifest, no release of the changelog listing it), which the build warns of
// (EDITION_STRICT=1: fails) and `npm run check:editions` lists with the rest, article by article.
import { anchorsOf, type AnchoredText, type AnchorManifest } from './anchors.ts';
import { SourceProblems } from './errors.ts';
import type { Release } from './releases.ts';

/** The file that holds the edition's changelog. */
export const CHANGELOG_FILE = 'src/data/edition.json';

/** The anchors an article publishes (as anchorsOf gives them) that the manifest does not record yet. */
export function unpublishedAnchors(manifest: AnchorManifest, slug: string, publishes: Record<string, unknown>): string[] {
	const recorded = manifest.articles[slug] ?? {};
	return Object.keys(publishes).filter((id) => !(id in recorded));
}

/** The earliest release of the changelog that lists the article among the articles it added, if any. */
export function releaseListing(slug: string, releases: Release[]): Release | undefined {
	return releases.filter((r) => r.articles?.includes(slug)).sort((a, b) => a.date.localeCompare(b.date))[0];
}

/** One message per step forgotten for an article, each naming the file and the fix. */
export function forgottenSteps(articles: AnchoredText[], manifest: AnchorManifest, manifestFile: string, releases: Release[]): string[] {
	return articles.flatMap((article) => {
		const missing = unpublishedAnchors(manifest, article.slug, anchorsOf(article));
		const shown = missing.length > 4 ? `${missing.slice(0, 4).join(', ')} …` : missing.join(', ');
		return [
			...(missing.length
				? [`${manifestFile}: ${missing.length} anchor${missing.length === 1 ? '' : 's'} of ${article.slug} the build publishes ${missing.length === 1 ? 'is' : 'are'} not recorded (${shown}). Fix: once the article is ready, build it (npm start), run npm run anchors:publish and commit ${manifestFile}.`]
				: []),
			...(releaseListing(article.slug, releases)
				? []
				: [`${CHANGELOG_FILE}: no release of the changelog lists ${article.slug}. Fix: add "${article.slug}" to the "articles" of the release that publishes it (a new entry: version, date, changes).`]),
		];
	});
}

/** Prints each forgotten step as a warning; in strict mode they stop the build instead, grouped by file. */
export function reportForgotten(messages: string[], strict: boolean): void {
	if (strict) {
		const problems = new SourceProblems();
		problems.add(...messages.map((m) => `${m} (EDITION_STRICT=1 makes this an error.)`));
		problems.throwIfAny();
	}
	for (const message of messages) console.warn(`[edition] warning: ${message}`);
}
