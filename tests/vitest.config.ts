import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** The unit tests that replace a module or the environment, each run in a module graph of its own. */
export const ISOLATED = ['tests/unit/article-page.test.ts', 'tests/unit/citation-cache.test.ts', 'tests/unit/citeproc-pool.test.ts'];

// Vitest runs, before the build, the unit tests and the build-failure tests (project "unit"), and,
// after it, the checks on the built dist/ that need no browser (project "dist"). The browser specs
// in e2e/ are Playwright's.
export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		testTimeout: 120_000,
		// Worker threads, not child processes: the same tests in 26 CPU-seconds instead of 34 (measured
		// on the unit tests alone); the builds the build tests start are their own processes anyway.
		pool: 'threads',
		// One worker per core (Vitest's own default leaves one core free): the build tests' builds in one,
		// the rest of the unit tests beside them (the first group of npm test: 85 s against 99 s with one
		// worker, the cores full instead of 1.7 busy). The dist checks keep one (package.json): they run
		// beside the reader's journeys, which use most of both cores.
		maxWorkers: availableParallelism(),
		projects: [
			// The unit tests share one module graph per worker: 10 CPU-s for them instead of 16–19 with a
			// fresh graph per file (the dist checks too: 4.4–5.2 against 5.7–6.3). Those that replace a
			// module or the environment (vi.mock, vi.stubEnv with vi.resetModules) keep a fresh one each:
			// their replacements must not reach, or miss, another file's imports
			// (tests/unit/boundaries.test.ts holds every such file to this list).
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
			{ extends: true, test: { name: 'unit-isolated', include: ISOLATED } },
			{ extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], isolate: false } },
		],
	},
});
