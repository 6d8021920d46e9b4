// An article's data downloads (TEI, texts, aligned JSON and TSV, segments, TMX, notes, corrections, word links, citation records): each written as its entry in DOWNLOADS says.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/article.ts';
import { articleRecords } from '../../../lib/citation/record.ts';
import { DOWNLOADS, type DownloadKey } from '../../../lib/downloads/files.ts';
import { getArticles } from '../../../lib/collections.ts';
import { absoluteUrl, articlePath } from '../../../lib/urls.ts';
import { buildDate } from '../../../lib/build-date.ts';
import { currentRelease, edition } from '../../../lib/releases.ts';

// Every data download of every article, generated at build time from the same aligned paragraphs
// the pages show.
export const getStaticPaths = (async () =>
	(await getArticles()).flatMap((article) =>
		(Object.keys(DOWNLOADS) as DownloadKey[]).map((key) => ({ params: { article: article.slug, file: DOWNLOADS[key].file }, props: { article, key } })),
	)) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article; key: DownloadKey }> = ({ props, site }) => {
	const { article, key } = props;
	const url = absoluteUrl(articlePath(article.slug), site!);
	const source = {
		article,
		url,
		records: articleRecords(article, url),
		edition: { name: edition.name, licence: { name: edition.licence.content, url: edition.licence.contentUrl } },
		version: currentRelease().version,
		date: buildDate(),
	};
	return new Response(DOWNLOADS[key].render(source), { headers: { 'Content-Type': DOWNLOADS[key].type } });
};
