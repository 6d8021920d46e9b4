import { describe, expect, it } from 'vitest';
import { anchorsOf, manifestOf } from '../../src/lib/anchors.ts';
import { forgottenSteps, reportForgotten, unpublishedAnchors } from '../../src/lib/checklist.ts';
import { edition } from '../../src/lib/releases.ts';
import { handicraftArticle, plainParagraph } from './fixtures-article.ts';

// The steps after an import that a build sees forgotten (the whole build's warnings are in
// tests/build/corpus.test.ts): anchors the manifest lacks, an article no release lists.
const article = { ...handicraftArticle, paragraphs: [plainParagraph(1, '第一段。', 'First paragraph.'), plainParagraph(2, '第二段。', 'Second paragraph.')] };
const second = { ...article, slug: '1955-01-10-second-article' };
const published = manifestOf([article]);

describe("the editor's checklist", () => {
	it('finds the anchors the manifest does not record', () => {
		expect(unpublishedAnchors(published, article.slug, anchorsOf(article))).toEqual([]);
		expect(unpublishedAnchors(published, second.slug, anchorsOf(second))).toEqual(['p1', 'p1-s1', 'p2', 'p2-s1']);
	});

	it('names each forgotten step with its file and fix: anchors not published, no release in the changelog', () => {
		expect(forgottenSteps([article], published, 'content/anchors.json', edition.changelog)).toEqual([]);
		expect(forgottenSteps([article, second], published, 'content/anchors.json', edition.changelog)).toEqual([
			'content/anchors.json: 4 anchors of 1955-01-10-second-article the build publishes are not recorded (p1, p1-s1, p2, p2-s1). Fix: once the article is ready, build it (npm start), run npm run anchors:publish and commit content/anchors.json.',
			'src/data/edition.json: no release of the changelog lists 1955-01-10-second-article. Fix: add "1955-01-10-second-article" to the "articles" of the release that publishes it (a new entry: version, date, changes).',
		]);
	});

	it('warns, and in strict mode stops the build', () => {
		const steps = forgottenSteps([second], published, 'content/anchors.json', edition.changelog);
		expect(() => reportForgotten(steps, false)).not.toThrow();
		expect(() => reportForgotten(steps, true)).toThrow(/content\/anchors\.json:\n  - 4 anchors of .*EDITION_STRICT=1 makes this an error.*\nsrc\/data\/edition\.json:\n  - no release .*\n2 problems in 2 files; nothing was published\./s);
		expect(() => reportForgotten([], true)).not.toThrow();
	});
});
