import { defineConfig } from 'vitest/config';

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
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'] } },
			{ extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'] } },
		],
	},
});
