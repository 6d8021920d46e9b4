// /articles.json: the catalogue of articles.
import type { APIRoute } from 'astro';
import { catalogueEntry, jsonResponse } from '../lib/catalogue.ts';
import { getArticles } from '../lib/collections.ts';

/** The edition's catalogue: every article with its record and the URLs of its pages and data. */
export const GET: APIRoute = async () => jsonResponse({ articles: (await getArticles()).map((a) => catalogueEntry(a)) });
