// Build step: the reading pages' script loads its lazy parts (the word lookup, the Cite panel's code,
// a search arrival's marks) with plain import(), not through Vite's preload helper, a second file
// (880 B gzip) every page fetched before any part was used.
import type { Plugin } from 'vite';

/** How a chunk imports Vite's preload helper (minified): `import{t as e}from"./preload-helper.X.js";` or `import{t}from…`. */
const HELPER_IMPORT = /import\{(\w+)(?: as (\w+))?\}from"\.\/preload-helper\.[\w-]+\.js";/;

/**
 * A Vite plugin for the client build. With module preload off (it sets that too), every lazy import
 * has no dependencies to preload, and the helper only calls the import: `helper(load, [])` becomes
 * `load()`. A chunk that still lists dependencies (`__vite__mapDeps`) fails the build, naming it.
 */
export function noPreloadHelper(): Plugin {
	return {
		name: 'edition:no-preload-helper',
		configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
		generateBundle(_, bundle) {
			for (const chunk of Object.values(bundle)) {
				if (chunk.type !== 'chunk') continue;
				const match = HELPER_IMPORT.exec(chunk.code);
				if (!match) continue;
				if (chunk.code.includes('__vite__mapDeps')) this.error(`${chunk.fileName}: a lazy import has dependencies to preload; the preload helper cannot be left out. Fix: see src/integrations/no-preload-helper.ts.`);
				chunk.code = chunk.code.replace(match[0], `const ${match[2] ?? match[1]}=f=>f();`);
				chunk.imports = chunk.imports.filter((file) => !/preload-helper\./.test(file));
			}
			// The helper's own file, once no chunk imports it.
			const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
			for (const [file, chunk] of Object.entries(bundle)) {
				const name = file.split('/').pop()!;
				if (chunk.type === 'chunk' && name.startsWith('preload-helper.') && !chunks.some((c) => c.code.includes(`/${name}"`))) delete bundle[file];
			}
		},
	};
}
