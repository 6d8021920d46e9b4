// /manifest.webmanifest: the web app manifest (see lib/offline/app-manifest.ts), under the base.
import type { APIRoute } from 'astro';
import { appManifest } from '../lib/offline/app-manifest.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(appManifest(import.meta.env.BASE_URL)), { headers: { 'Content-Type': 'application/manifest+json' } });
