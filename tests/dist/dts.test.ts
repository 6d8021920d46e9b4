// The static DTS 1.0 API (src/lib/dts/api.ts) on the built dist/: a client's walk from the Entry
// endpoint through every template expansion it is offered (nav, down, ref, and start/end ranges of
// paragraphs and of the sentences of one paragraph),
// every answer checked against the shapes the DTS 1.0 specification defines (written as JSON Schemas
// below, from its tables of required properties), the identifiers equal to the published anchors,
// the text equal to the page's, every TEI valid against TEI P5 (a passage's without its dts:wrapper,
// DTS's envelope), and the Content-Type a host that reads _headers sends for each file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
		properties: { ...top, '@type': { const: 'Navigation' }, '@id': uri, resource, ref: citableUnit, start: citableUnit, end: citableUnit, member: { type: 'array', items: citableUnit } },
		// `ref` is never given with `start`/`end`, and a range has both ends.
		dependentRequired: { start: ['end'], end: ['start'] },
		not: { required: ['ref', 'start'] },
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
/** The variables a URI template declares (RFC 6570: `{;down}`, `{/ref,start,end}`). */
const variables = (t: string) => [...t.matchAll(/\{[;/?&#+.]?([^}]*)\}/g)].flatMap((m) => m[1]!.split(',').map((v) => v.replace(/[*]|:\d+$/, '')));
/** The text of a passage's wrapped TEI, each <p> alone, or else each <s> alone (a sentence's, or the sentences' of a range), entities read. */
function wrappedTexts(xml: string, url: string, reading: 'received' | 'corrected' = 'received'): string[] {
	const found = /<dts:wrapper xmlns:dts="https:\/\/w3id\.org\/api\/dts#">([\s\S]*)<\/dts:wrapper>/.exec(xml)?.[1];
	expect(found, url).toBeDefined();
	// The received text (sic, the editors' corr beside it left out), or the corrected one (corr in place of sic).
	const wrapped = found!.replace(reading === 'received' ? /<corr\b[^>]*>[\s\S]*?<\/corr>/g : /<sic>[\s\S]*?<\/sic>/g, '');
	const text = (x: string) => x.replace(/<[^>]+>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
	const paragraphs = [...wrapped.matchAll(/<p [^>]*>([\s\S]*?)<\/p>/g)].map((m) => text(m[1]!));
	if (paragraphs.length) return paragraphs;
	// Sentences: nothing but white space between them (every other element is inside one).
	expect(text(wrapped.replace(/<s [^>]*>[\s\S]*?<\/s>/g, '')).trim(), url).toBe('');
	return [...wrapped.matchAll(/<s [^>]*>([\s\S]*?)<\/s>/g)].map((m) => text(m[1]!));
}

test('a client walks from the Entry to every paragraph’s and sentence’s TEI, by the templates it is given', () => {
	const entryUrl = `${site}api/dts/entry.json`;
	// Discoverable: every page's head links the Entry endpoint.
	expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`<link rel="alternate" type="application/ld+json" title="DTS API" href="${entryUrl}">`);
	const entry = fetchJson(entryUrl);
	expect(validate('entry', entry)).toEqual([]);
	expect(entry['@id']).toBe(entryUrl);
	// The parameters DTS 1.0 gives each endpoint, all in the templates (Level 1: start and end too).
	expect(variables(entry.collection)).toEqual(expect.arrayContaining(['id', 'nav']));
	expect(variables(entry.navigation)).toEqual(expect.arrayContaining(['resource', 'ref', 'start', 'end', 'down']));
	expect(variables(entry.document)).toEqual(expect.arrayContaining(['resource', 'ref', 'start', 'end']));

	const root = fetchJson(expand(entry.collection, {}));
	expect(validate('collection', root)).toEqual([]);
	expect(fetchJson(expand(entry.collection, { id: root['@id'] }))).toEqual(root);
	/**
	 * A collection by its own template: by its members (nav absent, or `children`), and by its parents
	 * (`parents`: the same record, its member list the collections whose members it is, each as it
	 * stands in that collection's list, its template expanding to that collection).
	 */
	const byNav = (collection: { collection: string }, parents: string[]) => {
		const children = fetchJson(expand(collection.collection, {}));
		expect(validate('collection', children)).toEqual([]);
		expect(fetchJson(expand(collection.collection, { nav: 'children' }))).toEqual(children);
		const up = fetchJson(expand(collection.collection, { nav: 'parents' }));
		expect(validate('collection', up)).toEqual([]);
		const { member: _, ...record } = children;
		expect({ ...up, member: undefined }).toEqual({ ...record, member: undefined });
		expect(up.member.map((m: { '@id': string }) => m['@id'])).toEqual(parents);
		expect(up.totalParents).toBe(parents.length);
		for (const parent of up.member) {
			const own = fetchJson(expand(parent.collection, {}));
			expect(own.member.find((m: { '@id': string }) => m['@id'] === children['@id'])).toBeDefined();
			expect(parent).toEqual({ '@id': own['@id'], '@type': own['@type'], title: own.title, totalParents: own.totalParents, totalChildren: own.totalChildren, collection: parent.collection });
		}
		return children;
	};
	byNav(root, []);
	const anchors = JSON.parse(readFileSync(join(dist, 'anchors.json'), 'utf8')).articles as Record<string, Record<string, unknown>>;
	const resources: Record<string, unknown>[] = [];
	for (const year of root.member) {
		const yearCollection = byNav(year, [root['@id']]);
		expect(fetchJson(expand(entry.collection, { id: year['@id'], nav: 'parents' })).member.map((m: { '@id': string }) => m['@id'])).toEqual([root['@id']]);
		expect(yearCollection.totalChildren).toBe(yearCollection.member.length);
		for (const member of yearCollection.member) {
			const article = byNav(member, [year['@id']]);
			expect(fetchJson(expand(entry.collection, { id: member['@id'] }))).toEqual(article);
			expect(article.member.map((r: { '@id': string }) => r['@id'])).toEqual([`${member['@id']}.zh`, `${member['@id']}.en`]);
			for (const described of article.member) {
				const own = byNav(described, [member['@id']]);
				expect(fetchJson(expand(entry.collection, { id: described['@id'] }))).toEqual(own);
				// A readable Resource's templates carry what a client fills in: nav; ref, start and end (and down).
				expect(variables(own.collection)).toContain('nav');
				expect(variables(own.navigation)).toEqual(expect.arrayContaining(['ref', 'start', 'end', 'down']));
				expect(variables(own.document)).toEqual(expect.arrayContaining(['ref', 'start', 'end']));
				resources.push(own);
			}
		}
	}
	expect(resources.length).toBe(2 * Object.keys(anchors).length);

	const passages: string[] = [];
	let sentenceRanges = 0;
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
				// The tree has two levels: down 2 from a paragraph (its sentences the level below) answers as 1.
				for (const down of [1, 2, -1]) expect(nav({ ref: unit.identifier, down }).member).toEqual(below);
			}
			// The unit's text in its Document is the page's text (segments.json and aligned.json are the page's, tested in the browser).
			const documentUrl = expand(r.document as string, { ref: unit.identifier });
			const source = unit.level === 1 ? aligned.find((p) => p.id === unit.identifier)! : segments.find((s) => s.id === unit.identifier)!;
			const xml = readFileSync(fileOf(documentUrl), 'utf8');
			expect(wrappedTexts(xml, documentUrl), documentUrl).toEqual([source[lang]]);
			const corrected = 'enCorrected' in source ? source.enCorrected : 'corrected' in source ? source.corrected : undefined;
			if (lang === 'en') expect(wrappedTexts(xml, documentUrl, 'corrected'), documentUrl).toEqual([corrected ?? source.en]);
			passages.push(fileOf(documentUrl));
		}
		expect(existsSync(fileOf(expand(r.document as string, {})))).toBe(true);

		// Ranges: any two paragraphs in document order, and any two sentences of one paragraph. Without
		// down, the answer names its ends; with down 1 and -1, it lists every unit from start to end in
		// document order (a range of paragraphs, their sentences too), exactly; its Document holds their
		// text, the page's.
		const units = tree.member as { identifier: string; level: number; parent: string | null }[];
		let paragraphRanges = 0;
		const sampled: string[] = [];
		for (let i = 0; i < units.length; i++) {
			for (let j = i + 1; j < units.length; j++) {
				const [start, end] = [units[i]!, units[j]!];
				const values = { start: start.identifier, end: end.identifier };
				const documentUrl = expand(r.document as string, values);
				const sentences = start.level === 2 && end.level === 2 && start.parent === end.parent;
				if (!sentences && (start.level !== 1 || end.level !== 1)) {
					// What stays out (sentences of two paragraphs, a paragraph with a sentence) finds no file, as docs/dts.md says.
					for (const down of [undefined, 1, -1]) expect(existsSync(fileOf(expand(r.navigation as string, { ...values, ...(down && { down }) }))), documentUrl).toBe(false);
					expect(existsSync(fileOf(documentUrl)), documentUrl).toBe(false);
					continue;
				}
				if (sentences) sentenceRanges++;
				else paragraphRanges++;
				const ends = nav(values);
				expect([ends.start, ends.end, ends.member]).toEqual([start, end, undefined]);
				let last = j;
				while (!sentences && units[last + 1]?.parent === end.identifier) last++;
				const between = units.slice(i, last + 1);
				for (const down of [1, -1]) expect(nav({ ...values, down }).member, JSON.stringify(values)).toEqual(between);
				const xml = readFileSync(fileOf(documentUrl), 'utf8');
				if (sentences) {
					const said = between.map((u) => segments.find((s) => s.id === u.identifier)!);
					expect(wrappedTexts(xml, documentUrl), documentUrl).toEqual(said.map((s) => s[lang]));
					if (lang === 'en') expect(wrappedTexts(xml, documentUrl, 'corrected'), documentUrl).toEqual(said.map((s) => s.corrected ?? s.en));
					sampled.push(fileOf(documentUrl));
				} else {
					expect(wrappedTexts(xml, documentUrl), documentUrl).toEqual(between.filter((u) => u.level === 1).map((u) => aligned.find((p) => p.id === u.identifier)![lang]));
					passages.push(fileOf(documentUrl));
				}
				// Backwards, a range is none.
				expect(existsSync(fileOf(expand(r.document as string, { start: end.identifier, end: start.identifier })))).toBe(false);
			}
		}
		expect(paragraphRanges).toBeGreaterThan(0);
		// TEI validity of ranges of sentences, on a sample (they are many): each Resource's first and last.
		passages.push(...new Set(sampled.filter((_, k) => k === 0 || k === sampled.length - 1)));
	}
	expect(sentenceRanges).toBeGreaterThan(0);
	// Valid TEI: each whole Resource, and each passage without DTS's wrapper (of the ranges of sentences, the sample), in one run of jing.
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

/** The headers a host that reads `_headers` (Cloudflare Pages, Netlify) sends for a path: every rule whose pattern matches adds its headers, a header set twice joined by a comma. */
function headersFor(rules: { pattern: RegExp; headers: [string, string][] }[], path: string): Record<string, string> {
	const sent: Record<string, string> = {};
	for (const { pattern, headers } of rules) {
		if (!pattern.test(path)) continue;
		for (const [name, value] of headers) sent[name.toLowerCase()] = sent[name.toLowerCase()] ? `${sent[name.toLowerCase()]}, ${value}` : value;
	}
	return sent;
}

test('a host that reads _headers sends every API answer as JSON-LD and every document as TEI', () => {
	const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
	for (const line of readFileSync(join(dist, '_headers'), 'utf8').split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		// A pattern at the line's start (`*` any characters, `/` included); its headers indented below it.
		if (!/^\s/.test(line)) rules.push({ pattern: new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`), headers: [] });
		else rules.at(-1)!.headers.push([line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]);
	}
	const wrong: string[] = [];
	let files = 0;
	for (const entry of readdirSync(join(dist, 'api/dts'), { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		files++;
		const path = `/${join(entry.parentPath, entry.name).slice(dist.length).replace(/^\//, '')}`;
		const type = headersFor(rules, path)['content-type'];
		if (type !== (path.endsWith('.xml') ? 'application/tei+xml; charset=utf-8' : 'application/ld+json; charset=utf-8')) wrong.push(`${path}: ${type}`);
	}
	expect(files).toBeGreaterThan(100);
	expect(wrong.slice(0, 5), `${wrong.length} files`).toEqual([]);
});

test('the about page’s example requests are files of the site', () => {
	const about = readFileSync(join(dist, 'about/index.html'), 'utf8');
	const section = about.slice(about.indexOf('id="dts"'));
	const examples = section.slice(0, section.indexOf('</pre>')).replaceAll('&#39;', "'").replaceAll('&amp;', '&');
	const urls = [...examples.matchAll(/curl '?(http[^\s'<]+)'?/g)].map((m) => m[1]!);
	expect(urls.length).toBeGreaterThanOrEqual(6);
	expect(urls.some((url) => /;end=p\d+-s\d+\.xml$/.test(url))).toBe(true);
	expect(urls.filter((url) => !existsSync(fileOf(url)))).toEqual([]);
});
