// The static DTS 1.0 API (src/lib/dts/api.ts) on the built dist/: a client's walk from the Entry
// endpoint through every template expansion it is offered, every answer checked against the shapes
// the DTS 1.0 specification defines (written as JSON Schemas below, from its tables of required
// properties), the identifiers equal to the published anchors, the text equal to the page's, and
// every TEI valid against TEI P5 (a passage's without its dts:wrapper, DTS's envelope).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parseTemplate } from 'url-template';
import { expect, test } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;
const schemas = new URL('../fixtures/schemas/', import.meta.url).pathname;
const site = `${(process.env.SITE_URL || 'http://localhost:4321').replace(/\/$/, '')}/`;

const uri = { type: 'string', minLength: 1 };
const template = { type: 'string', pattern: '^https?://' };
const citableUnit = {
	type: 'object',
	required: ['identifier', '@type', 'level', 'parent'],
	properties: { identifier: { type: 'string' }, '@type': { const: 'CitableUnit' }, level: { type: 'integer', minimum: 1 }, parent: { type: ['string', 'null'] }, citeType: { type: 'string' }, '@id': uri },
};
const citeStructure: object = { type: 'object', required: ['citeType'], properties: { citeType: { type: 'string' }, citeStructure: { type: 'array', items: { $ref: '#/$defs/citeStructure' } } } };
const resource = {
	type: 'object',
	required: ['@id', '@type', 'collection', 'navigation', 'document', 'citationTrees'],
	properties: {
		'@id': uri,
		'@type': { const: 'Resource' },
		collection: template,
		navigation: template,
		document: template,
		citationTrees: { type: 'array', items: { type: 'object', required: ['@type'], properties: { '@type': { const: 'CitationTree' }, citeStructure: { type: 'array', items: { $ref: '#/$defs/citeStructure' } } } } },
	},
};
const top = { '@context': { const: 'https://dtsapi.org/context/v1.0.json' }, dtsVersion: { const: '1.0' } };
const SHAPES = {
	$defs: { citeStructure },
	entry: { type: 'object', required: ['@context', '@id', '@type', 'dtsVersion', 'collection', 'navigation', 'document'], properties: { ...top, '@type': { const: 'EntryPoint' }, '@id': uri, collection: template, navigation: template, document: template } },
	collection: {
		type: 'object',
		required: ['@context', '@id', '@type', 'dtsVersion', 'title', 'totalParents', 'collection'],
		properties: { ...top, '@type': { enum: ['Collection', 'Resource'] }, title: { type: 'string' }, totalParents: { type: 'integer' }, totalChildren: { type: 'integer' }, member: { type: 'array' } },
		if: { properties: { '@type': { const: 'Collection' } } },
		then: { required: ['totalChildren'] },
		else: resource,
	},
	navigation: {
		type: 'object',
		required: ['@context', '@id', '@type', 'dtsVersion', 'resource'],
		properties: { ...top, '@type': { const: 'Navigation' }, '@id': uri, resource, ref: citableUnit, member: { type: 'array', items: citableUnit } },
	},
};
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addSchema(SHAPES, 'dts');
const validate = (shape: 'entry' | 'collection' | 'navigation', value: unknown) => {
	const check = ajv.getSchema(`dts#/${shape}`)!;
	return check(value) ? [] : check.errors;
};

/** The file a URL of the published site is, in dist/. */
const fileOf = (url: string) => join(dist, decodeURIComponent(url.slice(site.length)));
const expand = (t: string, values: Record<string, string | number>) => parseTemplate(t).expand(values);
function fetchJson(url: string) {
	const file = fileOf(url);
	expect(existsSync(file), `${url} is a file of the site`).toBe(true);
	return JSON.parse(readFileSync(file, 'utf8'));
}

test('a client walks from the Entry to every paragraph’s and sentence’s TEI, by the templates it is given', () => {
	const entryUrl = `${site}api/dts/entry.json`;
	// Discoverable: every page's head links the Entry endpoint.
	expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`<link rel="alternate" type="application/ld+json" title="DTS API" href="${entryUrl}">`);
	const entry = fetchJson(entryUrl);
	expect(validate('entry', entry)).toEqual([]);
	expect(entry['@id']).toBe(entryUrl);

	const root = fetchJson(expand(entry.collection, {}));
	expect(validate('collection', root)).toEqual([]);
	expect(fetchJson(expand(entry.collection, { id: root['@id'] }))).toEqual(root);
	const anchors = JSON.parse(readFileSync(join(dist, 'anchors.json'), 'utf8')).articles as Record<string, Record<string, unknown>>;
	const resources: Record<string, unknown>[] = [];
	for (const year of root.member) {
		const yearCollection = fetchJson(year.collection);
		expect(validate('collection', yearCollection)).toEqual([]);
		expect(yearCollection.totalChildren).toBe(yearCollection.member.length);
		for (const member of yearCollection.member) {
			const article = fetchJson(expand(entry.collection, { id: member['@id'] }));
			expect(validate('collection', article)).toEqual([]);
			expect(article.member.map((r: { '@id': string }) => r['@id'])).toEqual([`${member['@id']}.zh`, `${member['@id']}.en`]);
			for (const described of article.member) {
				const own = fetchJson(expand(entry.collection, { id: described['@id'] }));
				expect(validate('collection', own)).toEqual([]);
				resources.push(own);
			}
		}
	}
	expect(resources.length).toBe(2 * Object.keys(anchors).length);

	const passages: string[] = [];
	for (const r of resources) {
		const id = r['@id'] as string;
		const [slug, lang] = id.split(/\.(?=zh$|en$)/) as [string, 'zh' | 'en'];
		// The paragraph and sentence anchors (a note's, pN-nK, is no unit of the text).
		const published = Object.keys(anchors[slug]!).filter((anchor) => /^p\d+(-s\d+)?$/.test(anchor));
		const segments = JSON.parse(readFileSync(join(dist, 'articles', slug, 'segments.json'), 'utf8')) as { id: string; paragraph: number; zh: string; en: string; corrected?: string }[];
		const aligned = JSON.parse(readFileSync(join(dist, 'articles', slug, 'aligned.json'), 'utf8')) as { id: string; zh: string; en: string; enCorrected?: string }[];
		const nav = (values: Record<string, string | number>) => {
			const answer = fetchJson(expand(r.navigation as string, values));
			expect(validate('navigation', answer), JSON.stringify(values)).toEqual([]);
			return answer;
		};
		// The whole tree, its identifiers the page anchors the manifest publishes, in document order.
		const tree = nav({ down: -1 });
		expect(tree.member.map((u: { identifier: string }) => u.identifier)).toEqual(published);
		expect(nav({ down: 2 }).member).toEqual(tree.member);
		const paragraphs = nav({ down: 1 }).member;
		expect(paragraphs.map((u: { identifier: string }) => u.identifier)).toEqual(aligned.map((p) => p.id));
		for (const unit of tree.member) {
			expect(unit['@id']).toBe(`${site}articles/${slug}/${lang}/#${unit.identifier}`);
			expect(nav({ ref: unit.identifier }).ref).toEqual(unit);
			if (unit.level === 1) {
				const below = tree.member.filter((u: { identifier: string; parent: string | null }) => u.identifier === unit.identifier || u.parent === unit.identifier);
				expect(nav({ ref: unit.identifier, down: 1 }).member).toEqual(below);
				expect(nav({ ref: unit.identifier, down: -1 }).member).toEqual(below);
			}
			// The unit's text in its Document is the page's text (segments.json and aligned.json are the page's, tested in the browser).
			const documentUrl = expand(r.document as string, { ref: unit.identifier });
			const xml = readFileSync(fileOf(documentUrl), 'utf8');
			const wrapped = /<dts:wrapper xmlns:dts="https:\/\/w3id\.org\/api\/dts#">([\s\S]*)<\/dts:wrapper>/.exec(xml)?.[1];
			expect(wrapped, documentUrl).toBeDefined();
			// The received text (sic) without the editors' readings (corr) beside it; with them in its place, the corrected one.
			const textOf = (xml: string) => xml.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
			const text = textOf(wrapped!.replace(/<corr\b[^>]*>[\s\S]*?<\/corr>/g, ''));
			const source = unit.level === 1 ? aligned.find((p) => p.id === unit.identifier)! : segments.find((s) => s.id === unit.identifier)!;
			expect(text, documentUrl).toBe(source[lang]);
			const corrected = 'enCorrected' in source ? source.enCorrected : 'corrected' in source ? source.corrected : undefined;
			if (lang === 'en') expect(textOf(wrapped!.replace(/<sic>[\s\S]*?<\/sic>/g, '')), documentUrl).toBe(corrected ?? source.en);
			passages.push(fileOf(documentUrl));
		}
		expect(existsSync(fileOf(expand(r.document as string, {})))).toBe(true);
	}
	// Valid TEI: each whole Resource, and each passage without DTS's wrapper, in one run of jing.
	const unwrapped = join(dist, '..', 'tests', '.output', 'dts-passages');
	mkdirSync(unwrapped, { recursive: true });
	const files = resources.map((r) => fileOf(expand(r.document as string, {})));
	passages.forEach((file, i) => {
		const out = join(unwrapped, `${i}.xml`);
		writeFileSync(out, readFileSync(file, 'utf8').replace(/<dts:wrapper[^>]*>|<\/dts:wrapper>/g, ''));
		files.push(out);
	});
	expect(() => execFileSync('jing', [join(schemas, 'tei_all.rng'), ...files], { stdio: 'pipe' })).not.toThrow();
});

test('the shapes refuse what DTS 1.0 refuses (so a pass above means something)', () => {
	const entry = JSON.parse(readFileSync(join(dist, 'api/dts/entry.json'), 'utf8'));
	expect(validate('entry', { ...entry, dtsVersion: '1-alpha' })).not.toEqual([]);
	const { navigation: _, ...withoutNavigation } = entry;
	expect(validate('entry', withoutNavigation)).not.toEqual([]);
	expect(validate('navigation', { ...JSON.parse(readFileSync(join(dist, 'api/dts/collection.json'), 'utf8')), '@type': 'Navigation' })).not.toEqual([]);
});
