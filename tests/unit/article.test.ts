import { describe, expect, it } from 'vitest';
import { alignParagraphs, assembleArticles, pairSources, type SourceText } from '../../src/lib/article.ts';
import { pairSentences } from '../../src/lib/paragraph/pairing.ts';
import { SourceError } from '../../src/lib/errors.ts';
import type { SourceData } from '../../src/lib/markdown/source-data.ts';
import { handicraftArticle } from './fixtures-article.ts';

const { file: _of, ...original } = handicraftArticle.original;
const { file: _tf, ...translation } = handicraftArticle.translation;

function data(...texts: string[]): SourceData {
	return { problems: [], paragraphs: texts.map((text, i) => ({ n: i + 1, text, html: text })) };
}
function source<R>(slug: string, lang: 'zh' | 'en', record: R, d: SourceData | undefined): SourceText<R> {
	const file = `content/${slug}/${lang}.md`;
	return { slug, file, record: { ...record, file }, data: d };
}

describe('alignParagraphs', () => {
	it('pairs paragraphs by number under anchors p1, p2 …', () => {
		const rows = alignParagraphs(source('a', 'zh', original, data('一', '二')), source('a', 'en', translation, data('one', 'two')));
		expect(rows.map((r) => [r.id, r.original.text, r.translation.text])).toEqual([
			['p1', '一', 'one'],
			['p2', '二', 'two'],
		]);
	});

	it('fails naming both files and both counts when the counts differ', () => {
		const run = () => alignParagraphs(source('a', 'zh', original, data('一', '二', '三')), source('a', 'en', translation, data('one', 'two')));
		expect(run).toThrow(SourceError);
		expect(run).toThrow('content/a/zh.md has 3 paragraphs, content/a/en.md has 2');
	});
});

describe('pairSources', () => {
	it('fails when a translation is missing, naming the file to add', () => {
		expect(() => pairSources([source('a', 'zh', original, data('一'))], [])).toThrow(
			'content/a/zh.md: the article has no English translation. Fix: add content/a/en.md.',
		);
	});

	it('fails when an original is missing', () => {
		expect(() => pairSources([], [source('a', 'en', translation, data('one'))])).toThrow('content/a/en.md: the translation has no Chinese original. Fix: add content/a/zh.md.');
	});

	it('rejects a folder name that cannot be a URL slug', () => {
		expect(() => pairSources([source('Bad Name', 'zh', original, data('一'))], [source('Bad Name', 'en', translation, data('one'))])).toThrow(
			/"Bad Name" is not a valid article slug/,
		);
	});
});

describe('assembleArticles', () => {
	it('reports every recorded problem with file, line and column', () => {
		const bad: SourceData = { paragraphs: [], problems: [{ line: 12, column: 3, reason: 'Raw HTML is not allowed.', fix: 'Remove it.' }] };
		expect(() => assembleArticles([source('a', 'zh', original, bad)], [source('a', 'en', translation, data('one'))])).toThrow(
			// Under the file's heading, the file is not named again.
			'content/a/zh.md:\n  - line 12, column 3: Raw HTML is not allowed. Fix: Remove it.',
		);
	});

	it('fails when a file could not be rendered at all', () => {
		expect(() => assembleArticles([source('a', 'zh', original, undefined)], [source('a', 'en', translation, data('one'))])).toThrow(
			'content/a/zh.md:\n  - the Markdown could not be rendered',
		);
	});

	it('lists every problem of every article before failing, grouped by file, with a count', () => {
		const bad = (line: number): SourceData => ({ paragraphs: [], problems: [{ line, column: 1, reason: 'Raw HTML is not allowed.', fix: 'Remove it.' }] });
		const run = () =>
			assembleArticles(
				[source('a', 'zh', original, bad(3)), source('b', 'zh', original, data('一', '二')), source('c', 'zh', original, data('一'))],
				[source('a', 'en', translation, bad(7)), source('b', 'en', translation, data('one')), source('c', 'en', translation, data('one'))],
			);
		expect(run).toThrow(SourceError);
		const message = (() => {
			try {
				run();
			} catch (error) {
				return (error as Error).message;
			}
		})()!;
		expect(message).toContain('content/a/zh.md:\n  - line 3, column 1: Raw HTML is not allowed.');
		expect(message).toContain('content/a/en.md:\n  - line 7, column 1: Raw HTML is not allowed.');
		expect(message).toContain('content/b/zh.md:\n  - Paragraph counts differ: zh.md has 2 paragraphs');
		expect(message).toMatch(/\n3 problems in 3 files; nothing was published\.$/);
	});

	it('publishes an unpaired paragraph by paragraph, its neighbours keeping their segments', () => {
		const [article] = assembleArticles([source('a', 'zh', original, data('一。', '甲。乙。', '三。'))], [source('a', 'en', translation, data('One.', 'A and B.', 'Three.'))]);
		expect(article!.paragraphs.map((p) => [p.original.sentences.length, p.translation.sentences.length, p.unpaired?.reason])).toEqual([
			[1, 1, undefined],
			[0, 0, 'counts'],
			[1, 1, undefined],
		]);
		expect(article!.paragraphs[1]!.original.anchoredHtml).toBe('<span data-seg="p2" lang="zh-Hans">甲。乙。</span>');
		expect(() => assembleArticles([source('a', 'zh', original, data('甲。乙。'))], [source('a', 'en', translation, data('A and B.'))], { strict: true })).toThrow(/EDITION_STRICT=1/);
	});

	it('orders articles by date, then slug', () => {
		const later = { ...original, date: '1955-02-01' };
		const articles = assembleArticles(
			[source('b', 'zh', later, data('一')), source('c', 'zh', original, data('一')), source('a', 'zh', original, data('一'))],
			['a', 'b', 'c'].map((s) => source(s, 'en', translation, data('one'))),
		);
		expect(articles.map((a) => a.slug)).toEqual(['a', 'c', 'b']);
	});
});

describe('pairSentences', () => {
	it('pairs sentences one to one', () => {
		const pair = { n: 2, id: 'p2', original: { html: '', text: '甲。乙！' }, translation: { html: '', text: 'A. B!' } };
		expect(pairSentences(pair, { zh: 'zh.md', en: 'en.md' })).toEqual({ segments: { zh: ['甲。', '乙！'], en: ['A. ', 'B!'] } });
	});

	const unequal = { n: 2, id: 'p2', original: { html: '', text: '甲。乙！' }, translation: { html: '', text: 'A and B.' } };
	const files = { zh: 'content/a/zh.md', en: 'content/a/en.md' };

	it('leaves a paragraph of unequal counts unpaired, with no segments, warning with both files, the paragraph, both counts and the fix', () => {
		const { segments, unpaired } = pairSentences(unequal, files);
		expect(segments).toEqual({ zh: [], en: [] });
		expect(unpaired).toMatchObject({ reason: 'counts', zh: 2, en: 1 });
		expect(unpaired!.message).toMatch(/^content\/a\/zh\.md: ¶2 is published by paragraph, without sentence anchors: content\/a\/zh\.md has 2 sentences, content\/a\/en\.md has 1\. Fix: .*npm run align -- a --write/);
	});

	it('in strict mode fails instead, naming every sentence', () => {
		const run = () => pairSentences(unequal, files, undefined, true);
		expect(run).toThrow(SourceError);
		expect(run).toThrow(/Sentence counts differ in ¶2: content\/a\/zh\.md has 2 sentences, content\/a\/en\.md has 1:\n {4}zh 1: 甲。\n {4}zh 2: 乙！\n {4}en 1: A and B\.\nFix: .*EDITION_STRICT=1/);
	});

	it('leaves a paragraph whose groups await review unpaired, and in strict mode fails', () => {
		const raw = 'paragraphs:\n  - paragraph: 2\n    reviewed: false\n    segments:\n      - zh: [1, 2]\n        en: [1]\n';
		const alignment = { file: 'content/a/alignment.yaml', raw, paragraphs: [{ paragraph: 2, reviewed: false, segments: [{ zh: [1, 2], en: [1] }] }] };
		const { segments, unpaired } = pairSentences(unequal, files, alignment);
		expect(segments).toEqual({ zh: [], en: [] });
		expect(unpaired).toMatchObject({ reason: 'unreviewed', zh: 2, en: 1 });
		expect(unpaired!.message).toMatch(/^content\/a\/alignment\.yaml:2 \(¶2\): the sentence groups of ¶2 await review .*Fix: .*reviewed: true/);
		expect(() => pairSentences(unequal, files, alignment, true)).toThrow(/await review.*EDITION_STRICT=1/);
		// Reviewed, the same groups pair.
		expect(pairSentences(unequal, files, { ...alignment, paragraphs: [{ ...alignment.paragraphs[0]!, reviewed: true }] })).toEqual({ segments: { zh: ['甲。乙！'], en: ['A and B.'] } });
	});
});
