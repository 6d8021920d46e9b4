// The published exports validate against their standard schemas (tests/fixtures/schemas/).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const schemas = new URL('../fixtures/schemas/', import.meta.url).pathname;
const articles = readdirSync(join(dist, 'articles'));

test('every segments.tmx is valid TMX 1.4b (the LISA OSCAR DTD, checked by xmllint)', () => {
	expect(articles.length).toBeGreaterThan(0);
	for (const slug of articles) {
		const file = join(dist, 'articles', slug, 'segments.tmx');
		// xmllint exits non-zero, printing each error, when the file breaks the DTD.
		const run = () => execFileSync('xmllint', ['--noout', '--nonet', '--dtdvalid', join(schemas, 'tmx14.dtd'), file], { stdio: 'pipe' });
		expect(run, slug).not.toThrow();
	}
});
