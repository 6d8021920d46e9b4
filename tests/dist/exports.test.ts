// The published exports validate against their standard schemas (tests/fixtures/schemas/).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
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

test('every tei.xml is valid TEI P5 4.9.0 (tei_all.rng, checked by jing)', () => {
	for (const slug of articles) {
		// jing prints each error (file, line, column, reason) and exits non-zero on an invalid file.
		const run = () => execFileSync('jing', [join(schemas, 'tei_all.rng'), join(dist, 'articles', slug, 'tei.xml')], { stdio: 'pipe' });
		expect(run, slug).not.toThrow();
	}
});

test('every record.csl.json is valid CSL-JSON (the CSL 1.0 input schema, checked by ajv)', () => {
	const schema = JSON.parse(readFileSync(join(schemas, 'csl-data.json'), 'utf8'));
	const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
	for (const slug of articles) {
		const records = JSON.parse(readFileSync(join(dist, 'articles', slug, 'record.csl.json'), 'utf8'));
		expect(records.length, slug).toBe(2);
		expect(validate(records) ? [] : validate.errors, slug).toEqual([]);
	}
});

test('the validators refuse what their standards refuse (so a pass above means something)', () => {
	// TEI: the sourceDesc the edition once published (a biblStruct followed by paragraphs).
	const bad = join(dist, '..', 'tests', '.output', 'invalid-tei.xml');
	const tei = readFileSync(join(dist, 'articles', articles[0]!, 'tei.xml'), 'utf8').replace('</biblStruct>', '</biblStruct><p>A paragraph after the structured record.</p>');
	writeFileSync(bad, tei);
	const refused = (() => {
		try {
			execFileSync('jing', [join(schemas, 'tei_all.rng'), bad], { stdio: 'pipe' });
			return '';
		} catch (error) {
			return String((error as { stdout: Buffer }).stdout);
		}
	})();
	// jing names the file, the line and the element it did not allow there.
	expect(refused).toMatch(/invalid-tei\.xml:\d+:\d+: error: element "p" not allowed here/);
	// CSL-JSON: an item without its required type.
	const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(join(schemas, 'csl-data.json'), 'utf8')));
	expect(validate([{ id: 'x', title: 'No type' }])).toBe(false);
});

test('every tei.xml links the words of its word links: each link points at seg elements holding exactly the linked words; so does the DTS document of each version', () => {
	for (const slug of articles) {
		const tei = readFileSync(join(dist, 'articles', slug, 'tei.xml'), 'utf8');
		const links = JSON.parse(readFileSync(join(dist, 'articles', slug, 'word-links.json'), 'utf8')) as { segment: string; k: number; zh: { text: string }[]; en: { text: string }[] }[];
		const group = /<linkGrp type="words">([\s\S]*?)<\/linkGrp>/.exec(tei)?.[1] ?? '';
		const targets = [...group.matchAll(/<link target="([^"]+)"\/>/g)].map((m) => m[1]!.split(' '));
		expect(targets.length, slug).toBe(links.length);
		// The text of a word's seg (and of its later parts, where it runs over a name's edge), tags left out.
		const wordText = (id: string) =>
			[...tei.matchAll(new RegExp(`<seg type="word" (?:xml:id="${id}"|prev="#${id}")>((?:(?!</seg>)[\\s\\S])*)</seg>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, '')).join('');
		links.forEach((link, i) => {
			const expected = [...link.zh.map((w, j) => [`#zh-${link.segment}-l${link.k}-${j + 1}`, w.text]), ...link.en.map((w, j) => [`#en-${link.segment}-l${link.k}-${j + 1}`, w.text])];
			expect(targets[i], `${slug} ${link.segment} link ${link.k}`).toEqual(expected.map(([id]) => id));
			for (const [id, text] of expected) expect(wordText(id!.slice(1)).replace(/&amp;/g, '&'), id).toBe(text);
		});
		// The DTS API's document of each version links the same words: its own by xml:id, the other
		// version's in the whole document (tei.xml, at the article's URL).
		const whole = `${/<idno type="URL">([^<]+)<\/idno>/.exec(tei)![1]}tei.xml`;
		for (const [lang, other] of [['zh', 'en'], ['en', 'zh']] as const) {
			const version = readFileSync(join(dist, 'api/dts/document', `${slug}.${lang}.xml`), 'utf8');
			const versionTargets = [...(/<linkGrp type="words">([\s\S]*?)<\/linkGrp>/.exec(version)?.[1] ?? '').matchAll(/<link target="([^"]+)"\/>/g)].map((m) => m[1]!.split(' '));
			expect(versionTargets, `${slug}.${lang}`).toEqual(targets.map((t) => t.map((id) => (id.startsWith(`#${other}-`) ? `${whole}${id}` : id))));
			const missing = versionTargets.flat().filter((id) => id.startsWith('#') && !version.includes(`xml:id="${id.slice(1)}"`));
			expect(missing, `${slug}.${lang}`).toEqual([]);
		}
	}
});

test('every words.json carries the published word links, as the reading page marks them: the same pieces, offsets and English words', () => {
	for (const slug of articles) {
		const links = JSON.parse(readFileSync(join(dist, 'articles', slug, 'word-links.json'), 'utf8')) as { segment: string; zh: { start: number; end: number }[]; en: { start: number; end: number; text: string }[] }[];
		const words = JSON.parse(readFileSync(join(dist, 'articles', slug, 'words.json'), 'utf8')) as { links: Record<string, [number[], number[], string][]> };
		const expected: Record<string, [number[], number[], string][]> = {};
		for (const link of links) (expected[link.segment.split('-')[0]!] ??= []).push([link.zh.flatMap((w) => [w.start, w.end]), link.en.flatMap((w) => [w.start, w.end]), link.en.map((w) => w.text).join(' … ')]);
		expect(words.links, slug).toEqual(expected);
	}
});
