// The sitemap's rules (for @astrojs/sitemap): which pages it lists, and the language alternates of
// each article's three views, as the pages' own hreflang links give them.
import type { SitemapItem } from '@astrojs/sitemap';

const ARTICLE_VIEW = /\/articles\/([a-z0-9]+(?:-[a-z0-9]+)*)\/(?:(zh|en)\/)?$/;

/** Whether a page belongs in the sitemap: every HTML page but the 404 and offline pages (files such as feed.xml are not pages). */
export function listedInSitemap(page: string): boolean {
	const path = new URL(page).pathname;
	return !/\/(?:404|offline)(?:\.html|\/)?$/.test(path) && !/\.[a-z0-9]+$/i.test(path);
}

/**
 * A sitemap entry with its alternates: the parallel, Chinese and English views of an article each
 * list all three (`zh-Hans` the Chinese view, `en` the English, `x-default` the parallel page).
 */
export function withAlternates(item: SitemapItem): SitemapItem {
	const url = new URL(item.url);
	const match = ARTICLE_VIEW.exec(url.pathname);
	if (!match) return item;
	const parallel = new URL(url.pathname.slice(0, url.pathname.length - (match[2] ? 3 : 0)), url).href;
	return {
		...item,
		links: [
			{ lang: 'zh-Hans', url: `${parallel}zh/` },
			{ lang: 'en', url: `${parallel}en/` },
			{ lang: 'x-default', url: parallel },
		],
	};
}
