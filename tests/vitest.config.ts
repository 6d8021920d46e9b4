import { defineConfig } from 'vitest/config';

// Vitest runs the unit tests and the build-failure tests; the browser specs in e2e/ are Playwright's.
export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
