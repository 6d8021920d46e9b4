import { describe, expect, it } from 'vitest';
import { assertAnchorsKept, brokenAnchors, incipit, manifestOf, paragraphAnchor, publishAnchors, type AnchoredText } from '../../src/lib/anchors.ts';

function article(slug: string, ...pairs: [string, string][]): AnchoredText {
	return {
		slug,
		paragraphs: pairs.map(([zh, en], i) => ({ id: paragraphAnchor(i + 1), original: { text: zh }, translation: { text: en } })),
	};
}

const published = manifestOf([article('a', ['第一段。', 'First.'], ['第二段。', 'Second.'], ['第三段。', 'Third.'])]);

describe('anchor manifest', () => {
	it('names paragraph anchors pN', () => {
		expect([1, 2, 10].map(paragraphAnchor)).toEqual(['p1', 'p2', 'p10']);
	});

	it('keeps the first 32 characters, whitespace collapsed, counting code points', () => {
		expect(incipit('  a\n b  ')).toBe('a b');
		expect(incipit('𠀀'.repeat(40))).toBe('𠀀'.repeat(32));
	});

	it('accepts the same text and text that only grew', () => {
		expect(brokenAnchors(published, [article('a', ['第一段。', 'First.'], ['第二段。', 'Second.'], ['第三段。', 'Third.'], ['第四段。', 'Fourth.'])])).toEqual([]);
	});

	it('reports a paragraph removed from the middle as moved and dropped anchors', () => {
		const broken = brokenAnchors(published, [article('a', ['第一段。', 'First.'], ['第三段。', 'Third.'])]);
		expect(broken).toEqual([
			'a#p2: moved; it was "第二段。" / "Second.", now "第三段。" / "Third."',
			'a#p3: the anchor is gone',
		]);
	});

	it('reports a removed article', () => {
		expect(brokenAnchors(published, [])).toEqual(['a#p1: the article is gone', 'a#p2: the article is gone', 'a#p3: the article is gone']);
	});

	it('fails with the list of affected anchors and the manifest file', () => {
		expect(() => assertAnchorsKept(published, [article('a', ['第一段。', 'First.'])], 'content/anchors.json')).toThrow(
			/content\/anchors\.json[\s\S]*a#p2: the anchor is gone[\s\S]*a#p3: the anchor is gone/,
		);
	});

	it('publishes new anchors without changing published ones', () => {
		const built = manifestOf([article('a', ['改了。', 'Changed.'], ['第二段。', 'Second.'], ['第三段。', 'Third.'], ['第四段。', 'Fourth.']), article('b', ['新。', 'New.'])]);
		const next = publishAnchors(published, built);
		expect(next.articles.a!.p1).toEqual({ zh: '第一段。', en: 'First.' });
		expect(next.articles.a!.p4).toEqual({ zh: '第四段。', en: 'Fourth.' });
		expect(Object.keys(next.articles.b!)).toEqual(['p1']);
		expect(published.articles.a!.p4).toBeUndefined();
	});
});
