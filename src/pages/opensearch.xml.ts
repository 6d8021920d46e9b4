// /opensearch.xml: lets a browser search the edition from its address bar (see lib/feed.ts).
import type { APIRoute } from 'astro';
import { openSearchDescription } from '../lib/feed.ts';

export const GET: APIRoute = ({ site }) => new Response(openSearchDescription(site!), { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } });
