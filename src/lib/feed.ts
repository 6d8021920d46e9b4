// The feed of new articles (RSS 2.0, /feed.xml) and the browser-search description (/opensearch.xml).
import type { RSSFeedItem } from '@astrojs/rss';
import type { Article } from './article.ts';
import { formatDate } from './dates.ts';
import { escapeText as xml } from './html.ts';
import { enteredEdition } from './releases.ts';
import { ui } from './ui.ts';
import { absoluteUrl, articlePath } from './urls.ts';

/**
 * One item per article, newest in the edition first (then the latest in the paper): both titles,
 * the link to the parallel page, the date it entered the edition as the item's date, and the date,
 * paper and page it appeared on in the description.
 */
export function feedItems(articles: Article[], site: URL | string): RSSFeedItem[] {
	return articles
		.map((article) => ({ article, entered: enteredEdition(article.slug) }))
		.sort((a, b) => b.entered.localeCompare(a.entered) || b.article.original.date.localeCompare(a.article.original.date) || a.article.slug.localeCompare(b.article.slug))
		.map(({ article, entered }) => {
			const { original, translation } = article;
			const url = absoluteUrl(articlePath(article.slug), site);
			return {
				title: `${original.title} · ${translation.title}`,
				link: url,
				pubDate: new Date(`${entered}T00:00:00Z`),
				description: `${ui('zh-Hans').source(original.publication, formatDate(original.date, 'zh-Hans'), original.page)} · ${ui('en').source(original.publication, formatDate(original.date, 'en'), original.page)}. Added to the edition on ${formatDate(entered, 'en')}.`,
			};
		});
}

/** The OpenSearch 1.1 description: the search page's address with the query in `q`. */
export function openSearchDescription(site: URL | string): string {
	const template = `${absoluteUrl('/search/', site)}?q={searchTerms}`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${xml(OPENSEARCH_NAME)}</ShortName>
  <Description>人民日报（1955年）中英对照版：以中文（简体或繁体）、拼音或英文检索原文与译文</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Language>zh-Hans</Language>
  <Language>en</Language>
  <Image height="16" width="16" type="image/svg+xml">${xml(absoluteUrl('/favicon.svg', site))}</Image>
  <Url type="text/html" method="get" template="${xml(template)}"/>
</OpenSearchDescription>
`;
}

/** The name browsers show for the edition's search: OpenSearch allows 16 characters. */
export const OPENSEARCH_NAME = "People's Daily";
