// Build step: the reading pages' script loads its lazy parts (the word lookup, the Cite panel's code,
// a search arrival's marks) with plain import(), not through Vite's preload helper, a second file
// (880 B gzip) every page fetched before any part was used, nor through a stand-in for it (63 B gzip
// of the reading script's round trip).
import type { Plugin } from 'vite';

/** How a chunk imports Vite's preload helper (minified): `import{t as e}from"./preload-helper.X.js";` or `import{t}from…`. */
const HELPER_IMPORT = /import\{([\w$]+)(?: as ([\w$]+))?\}from"\.\/preload-helper\.[\w-]+\.js";/;

interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

/** The calls `helper(() => body, [])` (body an expression) in a chunk's syntax tree, in source order, none inside another. */
function helperCalls(tree: unknown, helper: string): { start: number; end: number; body: Node }[] {
	const found: { start: number; end: number; body: Node }[] = [];
	const visit = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(visit);
		if (!value || typeof value !== 'object') return;
		const node = value as Node;
		const [load, deps] = (node.arguments ?? []) as Node[];
		const callee = node.callee as Node | undefined;
		if (node.type === 'CallExpression' && callee?.type === 'Identifier' && callee.name === helper && load?.type === 'ArrowFunctionExpression' && !(load.params as unknown[]).length && load.body && (load.body as Node).type !== 'BlockStatement' && deps?.type === 'ArrayExpression' && !(deps.elements as unknown[]).length) {
			found.push({ start: node.start, end: node.end, body: load.body as Node });
			return;
		}
		for (const key in node) if (key !== 'type') visit(node[key]);
	};
	visit(tree);
	return found.sort((a, b) => a.start - b.start);
}

/**
 * A chunk's code (its import of the helper taken out, `tree` its syntax tree) with each
 * `helper(() => import(…)…, [])` replaced by its arrow's body; if any other call of the helper is
 * left (a destructured import's `helper(async () => {…}, [])`), a helper that calls its argument.
 */
export function withoutHelper(code: string, helper: string, tree: unknown): string {
	let unwrapped = code;
	for (const { start, end, body } of helperCalls(tree, helper).toReversed()) {
		// An import, or a call or member chain on one (`import(x).then(f)`): as tightly bound as the call it replaces.
		if (['ImportExpression', 'CallExpression', 'MemberExpression'].includes(body.type) && code.startsWith('import(', body.start)) unwrapped = unwrapped.slice(0, start) + code.slice(body.start, body.end) + unwrapped.slice(end);
	}
	return new RegExp(`(^|[^\\w$.])${helper.replaceAll('$', '\\$')}\\(`).test(unwrapped) ? `const ${helper}=f=>f();${unwrapped}` : unwrapped;
}

/**
 * A Vite plugin for the client build. With module preload off (it sets that too), every lazy import
 * has no dependencies to preload, and the helper only calls the import: `helper(() => import(x), [])`
 * becomes `import(x)`. A chunk that still lists dependencies (`__vite__mapDeps`) fails the build, naming it.
 */
export function noPreloadHelper(): Plugin {
	return {
		name: 'edition:no-preload-helper',
		configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
		// After Vite's own pass, which writes each lazy import's dependencies (`[]`, or `__vite__mapDeps`).
		generateBundle: {
			order: 'post',
			handler(_, bundle) {
				for (const chunk of Object.values(bundle)) {
					if (chunk.type !== 'chunk') continue;
					const match = HELPER_IMPORT.exec(chunk.code);
					if (!match) continue;
					if (chunk.code.includes('__vite__mapDeps')) this.error(`${chunk.fileName}: a lazy import has dependencies to preload; the preload helper cannot be left out. Fix: see src/integrations/no-preload-helper.ts.`);
					const helper = match[2] ?? match[1]!;
					const code = chunk.code.replace(match[0], '');
					chunk.code = withoutHelper(code, helper, this.parse(code));
					chunk.imports = chunk.imports.filter((file) => !/preload-helper\./.test(file));
				}
				// The helper's own file, once no chunk imports it.
				const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
				for (const [file, chunk] of Object.entries(bundle)) {
					const name = file.split('/').pop()!;
					if (chunk.type === 'chunk' && name.startsWith('preload-helper.') && !chunks.some((c) => c.code.includes(`/${name}"`))) delete bundle[file];
				}
			},
		},
	};
}
