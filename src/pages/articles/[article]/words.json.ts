// Each article's words.json: the word lookup's data (see lib/words/), fetched on a reader's first lookup, never on page load.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Article } from '../../../lib/article.ts';
import { getArticles } from '../../../lib/collections.ts';
import { articleWords } from '../../../lib/words/article-words.ts';

export const getStaticPaths = (async () => (await getArticles()).map((article) => ({ params: { article: article.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = ({ props }) =>
	new Response(JSON.stringify(articleWords(props.article)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
