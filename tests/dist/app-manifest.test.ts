// The installable app (src/lib/offline/app-manifest.ts): every page of both builds links its manifest, which
// parses, opens and keeps to the build's base, and names icons that exist at the sizes it states.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const builds = [
	{ dir: new URL('../../dist/', import.meta.url).pathname, base: '/' },
	{ dir: new URL('../.output/site-base/edition/', import.meta.url).pathname, base: '/edition/' },
];

/** A PNG's width and height, from its IHDR chunk (after the 8-byte signature and the chunk's length and type). */
function pngSize(file: Buffer): [number, number] {
	expect(file.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(file.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return [file.readUInt32BE(16), file.readUInt32BE(20)];
}

for (const { dir, base } of builds) {
	test(`under ${base}: every page links the manifest, which opens at ${base}, keeps to it, and has icons of 192 and 512 px and a maskable one`, () => {
		const pages = readdirSync(dir, { recursive: true })
			.map(String)
			.filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) expect(readFileSync(join(dir, page), 'utf8'), page).toContain(`<link rel="manifest" href="${base}manifest.webmanifest">`);
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
		expect(manifest).toMatchObject({ start_url: base, scope: base, display: 'standalone', short_name: expect.any(String), theme_color: expect.stringMatching(/^#/), background_color: expect.stringMatching(/^#/) });
		expect(manifest.name).toMatch(/People's Daily.*人民日报/);
		const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
		for (const icon of icons) {
			expect(icon.src.startsWith(base), icon.src).toBe(true);
			expect(icon.type).toBe('image/png');
			const [width, height] = pngSize(readFileSync(join(dir, icon.src.slice(base.length))));
			expect(`${width}x${height}`).toBe(icon.sizes);
		}
		expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
	});
}
