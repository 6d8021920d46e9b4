import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/article.ts';
import { alignedText, jsonResponse } from '../../../lib/catalogue.ts';
import { getArticles } from '../../../lib/edition.ts';

export const getStaticPaths = (async () =>
	(await getArticles()).map((article) => ({ params: { article: article.slug }, props: { article } }))) satisfies GetStaticPaths;

/** The article's aligned text: `[{ "n": 1, "id": "p1", "zh": "…", "en": "…" }]`. */
export const GET: APIRoute<{ article: Article }> = ({ props }) => jsonResponse(alignedText(props.article));
