// An article's data downloads: TEI, text, aligned JSON and TSV, segments (JSON, TSV, TMX), notes, CSL-JSON, BibTeX, RIS.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/article.ts';
import { toBibTeX, toRIS } from '../../../lib/citation/formats.ts';
import { articleRecords } from '../../../lib/citation/record.ts';
import { DOWNLOADS, type DownloadKey } from '../../../lib/downloads/files.ts';
import { toTEI } from '../../../lib/downloads/tei.ts';
import { alignedTsv, plainText } from '../../../lib/downloads/text.ts';
import { getArticles } from '../../../lib/collections.ts';
import { absoluteUrl, articlePath } from '../../../lib/urls.ts';
import { alignedText } from '../../../lib/catalogue.ts';
import { buildDate } from '../../../lib/build-date.ts';
import { segmentRows, segmentsTsv, toTMX } from '../../../lib/downloads/segments.ts';
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
	const records = articleRecords(article, url);
	const body: Record<DownloadKey, () => string> = {
		tei: () => toTEI(article, { name: edition.name, licence: { name: edition.licence.content, url: edition.licence.contentUrl }, parallel: url }, buildDate()),
		zh: () => plainText(article, 'zh'),
		en: () => plainText(article, 'en'),
		json: () => JSON.stringify(alignedText(article), null, '\t') + '\n',
		tsv: () => alignedTsv(article),
		segments: () => JSON.stringify(segmentRows(article), null, '\t') + '\n',
		segmentsTsv: () => segmentsTsv(article),
		tmx: () => toTMX(article, currentRelease().version, buildDate()),
		notes: () => JSON.stringify(article.paragraphs.flatMap((p) => p.layers.notes), null, '\t') + '\n',
		corrections: () => JSON.stringify(article.paragraphs.flatMap((p) => p.layers.corrections), null, '\t') + '\n',
		wordLinks: () => JSON.stringify(article.paragraphs.flatMap((p) => p.layers.wordLinks), null, '\t') + '\n',
		csl: () => JSON.stringify([records.original, records.translation], null, '\t') + '\n',
		bib: () => toBibTeX(records.original) + '\n' + toBibTeX(records.translation),
		ris: () => toRIS(records.original) + toRIS(records.translation),
	};
	return new Response(body[key](), { headers: { 'Content-Type': DOWNLOADS[key].type } });
};
