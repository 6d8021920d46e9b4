// /robots.txt: every page may be crawled; the sitemap's absolute URL (from SITE_URL and the base).
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) => new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site!)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
