/** A reading view of an article: both languages side by side, or one of them alone. */
export type ArticleView = 'parallel' | 'zh' | 'en';

/** Joins the site's `base` and a root-relative path, keeping exactly one slash between them. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	const head = base.endsWith('/') ? base : `${base}/`;
	return head + path.replace(/^\/+/, '');
}

/** Root-relative path of an article view, e.g. `/articles/<slug>/` or `/articles/<slug>/zh/`. */
export function articlePath(slug: string, view: ArticleView = 'parallel'): string {
	return view === 'parallel' ? `/articles/${slug}/` : `/articles/${slug}/${view}/`;
}

/** Root-relative path of the page of a day's articles (`/1955/01/09/`), from an ISO date. */
export function dayPath(date: string): string {
	return `/${date.replace(/-/g, '/')}/`;
}

/** Root-relative path of the page of a year's articles (`/1955/`). */
export function yearPath(year: string): string {
	return `/${year}/`;
}

/** Absolute URL of a path on the published site, for citations and canonical links. */
export function absoluteUrl(path: string, site: URL | string, base: string = import.meta.env.BASE_URL): string {
	return new URL(withBase(path, base), site).href;
}
