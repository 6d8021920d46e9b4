// Build step: refuses a build that does not say where the site will live, so no deployed page can
// carry http://localhost:4321/ in its canonical link, citations, TEI, JSON-LD or sitemap.
import type { AstroIntegration } from 'astro';
import { settings } from '../lib/settings.ts';
import { SettingError } from '../lib/errors.ts';

/** Why a build stops without SITE_URL, and how to give it: one message for every way a build starts. */
export const SITE_URL_MISSING =
	'SITE_URL is not set. A build writes the site\'s public address into canonical links, citations, the TEI, JSON-LD, the sitemap and the feed, so it must know it. ' +
	'Fix: to deploy, run SITE_URL=https://your.host npm run build (add BASE_PATH=/sub/path/ under a sub-path); to look at the edition on this machine, run npm start, which builds it for http://localhost:4321 into .preview/ (never deployed) and serves it.';

/** Throws a SettingError when SITE_URL is unset or not an http(s) URL. */
export function checkSiteUrl(env?: Record<string, string | undefined>): void {
	const site = settings(env).siteUrl;
	if (!site) throw new SettingError(SITE_URL_MISSING);
	if (!/^https?:\/\/[^/]+/.test(site)) throw new SettingError(`SITE_URL is "${site}", not an http(s) address. Fix: give the origin, e.g. SITE_URL=https://example.org.`);
}

/** Fails an `astro build` (from the command line or the API) when SITE_URL is unset or not an http(s) URL. */
export function requireSiteUrl(env?: Record<string, string | undefined>): AstroIntegration {
	return {
		name: 'edition:require-site-url',
		hooks: {
			'astro:config:setup': ({ command }) => {
				if (command === 'build') checkSiteUrl(env);
			},
		},
	};
}
