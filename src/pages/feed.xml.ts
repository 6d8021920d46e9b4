// /feed.xml: RSS 2.0, one item per article, newest in the edition first (see lib/feed.ts).
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/collections.ts';
import { feedItems } from '../lib/feed.ts';
import { edition } from '../lib/releases.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) =>
	rss({
		title: edition.name,
		description: 'New articles of a parallel-text edition of People’s Daily (人民日报), 1955: the Chinese original and its English translation.',
		site: absoluteUrl('/', site!),
		items: feedItems(await getArticles(), site!),
		customData: '<language>en</language>',
		trailingSlash: true,
	});
