import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspPerPage } from '../../src/integrations/csp-per-page.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
	`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash('a()')} ${hash('unused()')}; style-src 'self' ${hash('')};"></head><body>${body}</body>`;

describe('per-page CSP', () => {
	it('keeps the hashes of inline scripts the page has and drops the others', () => {
		const out = trimCspPerPage(page('<script>a()</script><script type="module" src="/x.js"></script>'));
		expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash('a()')};`);
		expect(out).not.toContain(hash('unused()'));
		expect(out).toContain("style-src 'self';");
	});

	it('leaves a page without inline scripts with self and wasm only, and ignores JSON-LD', () => {
		const out = trimCspPerPage(page('<script type="application/ld+json">{"a()":1}</script>'));
		expect(out).toContain("script-src 'self' 'wasm-unsafe-eval';");
		expect(out).toContain("default-src 'self';");
	});
});
