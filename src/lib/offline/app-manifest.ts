// The web app manifest that makes the edition installable: its bilingual name, colours and icons.
import { ui } from '../ui.ts';
import { withBase } from '../urls.ts';

/**
 * The edition's paper colour in each scheme (edition.css's --paper, held to it by a unit test). The
 * light one is the installed app's title bar and splash screen: a manifest's colour cannot follow
 * the scheme, and a `theme-color` meta per scheme would cost the article page 72 bytes (gzip) it
 * does not have (its round-trip budget, tests/e2e/page-weight.spec.ts).
 */
export const PAPER = { light: '#fdfcf8', dark: '#161514' } as const;

/** The installed app's icons (public/icons/, rendered from favicon.svg by src/tools/render-icons.ts). */
export const APP_ICONS = [
	{ file: 'icons/icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icons/icon-512.png', size: 512, purpose: 'any' },
	{ file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** Where the manifest is published, relative to the base. */
export const APP_MANIFEST_PATH = 'manifest.webmanifest';

/** The manifest of an edition published under `base`: it opens at the home page and keeps to the base. */
export function appManifest(base: string) {
	const [en, zh] = [ui('en'), ui('zh-Hans')];
	const home = withBase('/', base);
	return {
		id: home,
		name: `${en.siteName.replace(/:.*$/, '')} · ${zh.siteName}`,
		short_name: '人民日报 1955',
		description: `${en.siteName} · ${zh.siteName}`,
		lang: 'en',
		start_url: home,
		scope: home,
		display: 'standalone',
		theme_color: PAPER.light,
		background_color: PAPER.light,
		icons: APP_ICONS.map(({ file, size, purpose }) => ({ src: withBase(file, base), sizes: `${size}x${size}`, type: 'image/png', purpose })),
	};
}
