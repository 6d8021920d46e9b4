// /anchors.json: the anchors this build publishes.
import type { APIRoute } from 'astro';
import { manifestOf } from '../lib/anchors.ts';
import { jsonResponse } from '../lib/catalogue.ts';
import { getArticles } from '../lib/collections.ts';

/** The anchors this build publishes, in the manifest's form: `npm run anchors:publish` records them. */
export const GET: APIRoute = async () => jsonResponse(manifestOf(await getArticles()));
