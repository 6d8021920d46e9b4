// The articles as the browsing pages list them: by year and month (home and year pages) and by day and page (day pages).
import type { Article } from './article.ts';
import { MONTHS } from './dates.ts';

/** One month of the edition's articles. */
export interface ArticleMonth {
	/** `YYYY-MM`, also the heading's anchor (`#m1955-01`). */
	key: string;
	/** "January 1955". */
	label: string;
	articles: Article[];
}

/** One year of the edition's articles, month by month. */
export interface ArticleYear {
	year: string;
	months: ArticleMonth[];
}

/** Groups articles by year and month of their date in the paper; within a month by date, page, then slug. */
export function articlesByMonth(articles: Article[]): ArticleYear[] {
	const sorted = [...articles].sort(
		(a, b) => a.original.date.localeCompare(b.original.date) || a.original.page - b.original.page || a.slug.localeCompare(b.slug),
	);
	const years: ArticleYear[] = [];
	for (const article of sorted) {
		const [year, month] = article.original.date.split('-') as [string, string];
		let y = years.at(-1);
		if (y?.year !== year) years.push((y = { year, months: [] }));
		let m = y.months.at(-1);
		const key = `${year}-${month}`;
		if (m?.key !== key) y.months.push((m = { key, label: `${MONTHS[Number(month) - 1]} ${year}`, articles: [] }));
		m.articles.push(article);
	}
	return years;
}

/** Past this many articles the home page lists the years and months, each year on a page of its own, instead of every article. */
export const HOME_LIMIT = 100;

/** Whether the home page lists every article (up to HOME_LIMIT) or only the years and months. */
export function homeListsArticles(count: number): boolean {
	return count <= HOME_LIMIT;
}

/** The articles of one page of one day's paper. */
export interface DayPage {
	page: number;
	articles: Article[];
}

/** One day's articles, page by page. */
export interface ArticleDay {
	/** `YYYY-MM-DD`. */
	date: string;
	pages: DayPage[];
}

/** Groups articles by their date in the paper, then by page, in date and page order. */
export function articlesByDay(articles: Article[]): ArticleDay[] {
	const days: ArticleDay[] = [];
	for (const article of articlesByMonth(articles).flatMap((y) => y.months.flatMap((m) => m.articles))) {
		const { date, page } = article.original;
		let day = days.at(-1);
		if (day?.date !== date) days.push((day = { date, pages: [] }));
		let onPage = day.pages.at(-1);
		if (onPage?.page !== page) day.pages.push((onPage = { page, articles: [] }));
		onPage.articles.push(article);
	}
	return days;
}
