// The built search indexes hold the text, never the pinyin pages' ruby.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { sourceArticles } from '../support/sources.ts';

const article = sourceArticles()[0]!;
const dist = new URL('../../dist/', import.meta.url).pathname;
const toned = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/i;

test('the ruby pinyin is in no search index: none of its syllables, and no pinyin page, in any Pagefind file', () => {
	const html = readFileSync(join(dist, 'articles', article.slug, 'pinyin', 'index.html'), 'utf8');
	const syllables = [...new Set([...html.matchAll(/<rt>([^<]+)<\/rt>/g)].map((m) => m[1]!))].filter((s) => toned.test(s) && s.length >= 3);
	expect(syllables.length).toBeGreaterThan(20);
	let files = 0;
	for (const bundle of readdirSync(dist).filter((d) => d.startsWith('pagefind'))) {
		for (const folder of ['fragment', 'index']) {
			for (const file of readdirSync(join(dist, bundle, folder))) {
				// Fragments are gzipped JSON, index chunks gzipped CBOR: compare bytes, not decoded text.
				const content = gunzipSync(readFileSync(join(dist, bundle, folder, file)));
				for (const syllable of syllables) expect(content.includes(Buffer.from(syllable)), `${syllable} in ${file}`).toBe(false);
				if (folder === 'fragment') expect(content.toString('utf8'), file).not.toMatch(toned);
				expect(content.includes(Buffer.from('/pinyin/')), file).toBe(false);
				files++;
			}
		}
	}
	expect(files).toBeGreaterThan(4);
});
