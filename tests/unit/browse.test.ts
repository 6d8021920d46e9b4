import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/article.ts';
import { articlesByDay, articlesByMonth, HOME_LIMIT, homeListsArticles } from '../../src/lib/browse.ts';
import { dayPath, yearPath } from '../../src/lib/urls.ts';
import { handicraftArticle } from './fixtures-article.ts';

const article = (slug: string, date: string, page: number): Article => ({ ...handicraftArticle, slug, original: { ...handicraftArticle.original, date, page } });
const articles = [
	article('c', '1955-01-09', 2),
	article('a', '1955-01-09', 1),
	article('b', '1955-01-09', 1),
	article('d', '1954-12-31', 4),
	article('e', '1955-02-01', 1),
];

describe('browsing', () => {
	it('groups articles by year and month, in date order, then page, then slug', () => {
		expect(articlesByMonth(articles).map((y) => [y.year, y.months.map((m) => [m.key, m.label, m.articles.map((a) => a.slug).join('')])])).toEqual([
			['1954', [['1954-12', 'December 1954', 'd']]],
			['1955', [['1955-01', 'January 1955', 'abc'], ['1955-02', 'February 1955', 'e']]],
		]);
	});

	it('groups a day’s articles by page', () => {
		expect(articlesByDay(articles).map((d) => [d.date, d.pages.map((p) => [p.page, p.articles.map((a) => a.slug).join('')])])).toEqual([
			['1954-12-31', [[4, 'd']]],
			['1955-01-09', [[1, 'ab'], [2, 'c']]],
			['1955-02-01', [[1, 'e']]],
		]);
	});

	it('lists every article on the home page up to the limit, then the years and months only', () => {
		expect(HOME_LIMIT).toBe(100);
		expect(homeListsArticles(HOME_LIMIT)).toBe(true);
		expect(homeListsArticles(HOME_LIMIT + 1)).toBe(false);
	});

	it('gives days and years their paths', () => {
		expect(dayPath('1955-01-09')).toBe('/1955/01/09/');
		expect(yearPath('1955')).toBe('/1955/');
	});
});
