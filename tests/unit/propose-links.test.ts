import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partsOfAnchor } from '../../src/lib/anchors.ts';
import { placeLinks } from '../../src/lib/paragraph/layers/word-links.ts';
import { sourceArticle, sourceGlossary } from '../../src/lib/paragraph/source-folder.ts';
import { chineseNumbers } from '../../src/lib/words/numbers.ts';
import { proposeLinks } from '../../src/lib/words/propose-links.ts';

// The word-link proposer on the edition's own article, with the real dictionary and glossary.
const slug = '1955-01-09-national-handicraft-work-conference';

describe('proposed word links', () => {
	it('read numbers and dates with their English forms', () => {
		const forms = (text: string) => chineseNumbers(text).map((n) => [n.text, n.forms[0]]);
		expect(forms('一九五四年底')).toEqual([['一九五四年', '1954']]);
		expect(forms('提高百分之十左右')).toEqual([['百分之十', '10%']]);
		expect(forms('达十二万亿元')).toEqual([['十二万亿元', '12 trillion yuan']]);
		expect(forms('已在一月五日闭幕')).toEqual([['一月五日', 'January 5th']]);
		expect(forms('有一百一十多万人')).toEqual([['一百一十多万人', 'more than 1.1 million']]);
	});

	it('of the article place in their segments as the build places links, none overlapping', () => {
		const article = sourceArticle(join('content', slug), slug)!;
		const proposal = proposeLinks(article, sourceGlossary('content'));
		expect(proposal.length).toBe(23);
		for (const { segment, links } of proposal) {
			const { paragraph: n, segment: m } = partsOfAnchor(segment)!;
			expect(placeLinks(article.paragraphs[n - 1]!, m!, links, (j) => `${segment} ${j + 1}`).problems).toEqual([]);
		}
		const all = proposal.flatMap((s) => s.links);
		expect(all).toContainEqual({ zh: ['一月五日'], en: ['January 5th'], by: 'number' });
		expect(all).toContainEqual({ zh: ['朱德'], en: ['Zhu De'], by: 'glossary' });
	});
});
