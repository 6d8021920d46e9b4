import type { APIRoute } from 'astro';
import { manifestOf } from '../lib/anchors.ts';
import { getArticles } from '../lib/edition.ts';

/** The anchors this build publishes, in the manifest's form: `npm run anchors:publish` records them. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(manifestOf(await getArticles()), null, '\t') + '\n', {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
