import { readFileSync, readdirSync } from 'node:fs';

/** An article as its Markdown sources give it, read straight from content/ (not from the build). */
export interface SourceArticle {
	slug: string;
	zh: { title: string; paragraphs: string[]; date?: string };
	en: { title: string; paragraphs: string[]; date?: string };
}

const contentDir = new URL('../../content/', import.meta.url);

function readSource(slug: string, lang: 'zh' | 'en') {
	const [, frontMatter, body] = readFileSync(new URL(`${slug}/${lang}.md`, contentDir), 'utf8').split(/^---$/m) as [string, string, string];
	return {
		title: /^title: (.*)$/m.exec(frontMatter)![1]!,
		// The date in the paper (the original's front matter; the translation has none).
		date: /^date: (\S+)$/m.exec(frontMatter)?.[1],
		// The sources hold plain paragraphs, one per line, so the Markdown is the text.
		paragraphs: body.trim().split(/\n\s*\n/),
	};
}

/** Every article under content/, in folder order. */
export function sourceArticles(): SourceArticle[] {
	return readdirSync(contentDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => ({ slug: entry.name, zh: readSource(entry.name, 'zh'), en: readSource(entry.name, 'en') }));
}

/** The committed manifest of published anchors. */
export function publishedAnchors(): Record<string, Record<string, { zh: string; en: string }>> {
	return JSON.parse(readFileSync(new URL('anchors.json', contentDir), 'utf8')).articles;
}

/** Relative URL of an article view (relative, so Playwright resolves it under the project's base). */
export function viewUrl(slug: string, view: 'parallel' | 'zh' | 'en'): string {
	return view === 'parallel' ? `articles/${slug}/` : `articles/${slug}/${view}/`;
}

export const VIEWS = ['parallel', 'zh', 'en'] as const;

/** Every reading page of an article, by name: the three views and the pinyin pages of the two that show the Chinese. */
export function readingPages(slug: string): Record<'parallel' | 'chinese' | 'english' | 'pinyin' | 'chinese-pinyin', string> {
	return { parallel: viewUrl(slug, 'parallel'), chinese: viewUrl(slug, 'zh'), english: viewUrl(slug, 'en'), pinyin: `${viewUrl(slug, 'parallel')}pinyin/`, 'chinese-pinyin': `${viewUrl(slug, 'zh')}pinyin/` };
}

/** The published (absolute, SITE_URL-based) URL of a path the tests reach at `baseURL`: test builds use the default site, http://localhost:4321. */
export function publishedUrl(path: string, baseURL: string): string {
	const site = process.env.SITE_URL || 'http://localhost:4321';
	return new URL(path, baseURL).href.replace(new URL(baseURL).origin, site.replace(/\/$/, ''));
}
