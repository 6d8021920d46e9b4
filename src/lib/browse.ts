// The articles as the home page lists them: by year and month, in date order, then by page.
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
