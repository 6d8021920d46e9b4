// Every built page's Content-Security-Policy allows exactly the inline code that page has (trimmed after the build by src/integrations/csp-per-page.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const pages = readdirSync(dist, { recursive: true })
	.map(String)
	.filter((file) => file.endsWith('.html'));

const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

test('each page lists a hash for each inline script and style it has, and no other', () => {
	expect(pages.length).toBeGreaterThan(10);
	for (const file of pages) {
		const html = readFileSync(join(dist, file), 'utf8');
		const policy = html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1];
		expect(policy, file).toBeDefined();
		for (const tag of ['script', 'style'] as const) {
			const inline = [...html.matchAll(new RegExp(`<${tag}(?![^>]*\\bsrc=)(?![^>]*application/ld\\+json)[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => hash(m[1]!));
			const listed = policy!.match(new RegExp(`${tag}-src([^;]*)`))?.[1]?.match(/'sha256-[^']+'/g) ?? [];
			expect(new Set(listed), `${file}: ${tag}-src`).toEqual(new Set(inline));
		}
	}
});
