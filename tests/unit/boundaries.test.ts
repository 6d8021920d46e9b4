import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISOLATED } from '../vitest.config.ts';

// The edition's boundaries, enforced here rather than by comments: what the reader's browser runs
// (the scripts the pages' <script> tags import, and every module they reach) never imports a Node
// built-in, an Astro virtual module or a build-time package; the environment is read in one module
// (src/lib/settings.ts); pinyin-pro is read through one module (src/lib/words/pinyin.ts).
const root = new URL('../../', import.meta.url).pathname;
const src = join(root, 'src');

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

/** The modules a source imports statically (type-only imports are erased by the compiler). */
function staticImports(text: string): string[] {
	return [...text.matchAll(/^\s*(import|export)\s+(type\s)?([^'";]*?from\s*)?['"]([^'"]+)['"]/gm)].filter((m) => !m[2]).map((m) => m[4]!);
}

/** The modules a source imports at run time: statically, and by `import()` when it needs them. */
function runtimeImports(text: string): string[] {
	return [...staticImports(text), ...[...text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!)];
}

/** The script modules the pages load: every module imported from a component's or page's <script>. */
function clientEntries(): string[] {
	const entries: string[] = [];
	for (const file of filesUnder(src).filter((f) => f.endsWith('.astro'))) {
		for (const [, body] of readFileSync(file, 'utf8').matchAll(/<script>([\s\S]*?)<\/script>/g)) {
			for (const specifier of runtimeImports(body!)) entries.push(resolve(dirname(file), specifier));
		}
	}
	return entries;
}

/**
 * Every module the browser reaches from the entries through the imports `follow` names, each with
 * what it imports at run time. Relative script modules are followed; assets (a stylesheet's `?url`)
 * are files, not code.
 */
function clientGraph(follow: (text: string) => string[] = runtimeImports): Map<string, string[]> {
	const graph = new Map<string, string[]>();
	const visit = (file: string) => {
		if (graph.has(file)) return;
		const text = readFileSync(file, 'utf8');
		graph.set(file, runtimeImports(text));
		for (const specifier of follow(text).filter((s) => s.startsWith('.') && /\.[cm]?[jt]s$/.test(s))) visit(resolve(dirname(file), specifier));
	};
	clientEntries().forEach(visit);
	return graph;
}

// What the browser may import besides the edition's own modules: the stemmer the search page shares
// with the indexer (so a query's words are stemmed as the index's were).
const CLIENT_PACKAGES = new Set(['wink-porter2-stemmer']);

describe('the client bundles', () => {
	const graph = clientGraph();

	it('start from the scripts the pages load', () => {
		const entries = clientEntries().map((f) => relative(root, f));
		expect(entries).toEqual(expect.arrayContaining(['src/scripts/reader.ts', 'src/scripts/edition-search.ts', 'src/scripts/copy-citations.ts']));
		for (const entry of clientEntries()) expect(existsSync(entry), entry).toBe(true);
	});

	it('import no Node built-in, no Astro virtual module and no build-time package, from any module they reach', () => {
		const crossings = [...graph].flatMap(([file, imports]) =>
			imports.filter((s) => !s.startsWith('.') && !CLIENT_PACKAGES.has(s)).map((s) => `${relative(root, file)} imports ${s}`),
		);
		expect(crossings).toEqual([]);
		// The check can fail: the build's modules are outside what the browser reaches.
		expect([...graph.keys()].map((f) => relative(root, f))).not.toContain('src/lib/collections.ts');
	});

	it('carry the interface’s words only where they are loaded on demand: no script a page loads reaches ui.ts but by a dynamic import', () => {
		const eager = clientGraph(staticImports);
		expect([...eager.keys()].map((f) => relative(root, f))).not.toContain('src/lib/ui.ts');
		// ui.ts is reached, by the code loaded on demand.
		expect([...graph.keys()].map((f) => relative(root, f))).toContain('src/lib/ui.ts');
	});

	it('the walk sees a forbidden import where there is one', () => {
		expect(runtimeImports("import { readFileSync } from 'node:fs';\nimport type { A } from 'astro:content';\nconst m = import('pinyin-pro');")).toEqual(['node:fs', 'pinyin-pro']);
	});
});

/** The import cycles among modules (each as `a → b → a`, relative to src/), by their static imports. */
function importCycles(files: string[]): string[] {
	const graph = new Map(files.map((f) => [f, staticImports(readFileSync(f, 'utf8')).filter((s) => s.startsWith('.') && s.endsWith('.ts')).map((s) => resolve(dirname(f), s))]));
	const cycles: string[] = [];
	const open: string[] = [];
	const done = new Set<string>();
	const visit = (file: string) => {
		open.push(file);
		for (const next of graph.get(file) ?? []) {
			if (open.includes(next)) cycles.push([...open.slice(open.indexOf(next)), next].map((f) => relative(src, f)).join(' → '));
			else if (!done.has(next)) visit(next);
		}
		open.pop();
		done.add(file);
	};
	for (const file of graph.keys()) if (!done.has(file)) visit(file);
	return cycles;
}

describe('the modules', () => {
	// A cycle makes a module's exports undefined while the other loads, depending on which is imported first.
	it('import each other in no cycle', () => {
		expect(importCycles(filesUnder(src).filter((f) => f.endsWith('.ts')))).toEqual([]);
	});

	it('the check sees a cycle where there is one', () => {
		const folder = join(root, 'tests/fixtures/import-cycle');
		expect(importCycles(filesUnder(folder).filter((f) => f.endsWith('.ts'))).map((c) => c.replaceAll(relative(src, folder) + '/', ''))).toEqual(['a.ts → b.ts → a.ts']);
	});
});

describe('one place for each outside dependency', () => {
	const sources = filesUnder(src).filter((f) => /\.(ts|mjs|astro)$/.test(f));
	const readers = (pattern: RegExp) => sources.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));

	it('the environment is read in src/lib/settings.ts only (and astro.config.mjs asks it)', () => {
		expect(readers(/process\.env\b/)).toEqual(['src/lib/settings.ts']);
		expect(readFileSync(join(root, 'astro.config.mjs'), 'utf8')).not.toMatch(/process\.env\b/);
	});

	it('pinyin-pro is read through src/lib/words/pinyin.ts only', () => {
		expect(readers(/from 'pinyin-pro'/)).toEqual(['src/lib/words/pinyin.ts']);
	});

	it('a paragraph row renders every layer’s entries alike: the component names no layer (a new layer needs no line there)', () => {
		// Its code, comments left out.
		const row = readFileSync(join(root, 'src/components/ParagraphRow.astro'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
		expect(row).toContain('row.entries.map(');
		expect(row).not.toMatch(/layers\.|\b(notes|corrections|glossary|pinyin)\b/);
	});
});

describe('the browser specs', () => {
	const specs = filesUnder(join(root, 'tests/e2e')).filter((f) => f.endsWith('.spec.ts'));

	it('take `test` from tests/e2e/support/test.ts, which keeps a failed test’s screenshot (the config takes none)', () => {
		expect(specs.length).toBeGreaterThan(10);
		const own = specs.filter((f) => !staticImports(readFileSync(f, 'utf8')).includes('./support/test.ts')).map((f) => relative(root, f));
		const playwrights = specs.filter((f) => /import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*'@playwright\/test'/.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
		expect({ own, playwrights }).toEqual({ own: [], playwrights: [] });
	});
});

describe('the Vitest tests', () => {
	it('that replace a module or the environment are the ones run each in a module graph of its own', () => {
		const tests = ['unit', 'build', 'dist'].flatMap((folder) => filesUnder(join(root, 'tests', folder))).filter((f) => f.endsWith('.test.ts'));
		const replacing = tests.filter((f) => /\bvi\.(mock|doMock|stubEnv|stubGlobal|resetModules)\(/.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
		expect(replacing.length).toBeGreaterThan(0);
		expect(replacing.sort()).toEqual([...ISOLATED].sort());
	});
});
