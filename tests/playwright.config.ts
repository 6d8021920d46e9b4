import { defineConfig } from '@playwright/test';

// Browser tests run in the system Chromium (Debian's /usr/bin/chromium; CHROME_PATH points elsewhere)
// against the built site, served as a static host would serve it: `dist/` at the root and a second build under
// the sub-path /edition/, so every spec also proves that links respect `base`.
const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const ROOT_PORT = 4391;
const BASE_PORT = 4392;

export default defineConfig({
	testDir: './e2e',
	outputDir: './.output/playwright',
	fullyParallel: true,
	workers: 2,
	reporter: [['list'], ['html', { outputFolder: './.output/playwright-report', open: 'never' }]],
	use: {
		launchOptions: {
			executablePath: chromium,
			// Chromium's own background traffic would be refused by this network; keep it quiet.
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
		},
		trace: 'retain-on-failure',
	},
	projects: [
		{ name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
		// The hostile-content and many-article builds are throwaway sites of their own, and the byte
		// budget reads dist/: they run once, with the root project.
		{
			name: 'base',
			use: { baseURL: `http://127.0.0.1:${BASE_PORT}/edition/` },
			testIgnore: ['**/hostile.spec.ts', '**/scale.spec.ts', '**/budget.spec.ts'],
		},
	],
	webServer: [
		{
			command: `node tests/support/static-server.ts dist ${ROOT_PORT} /`,
			cwd: '..',
			url: `http://127.0.0.1:${ROOT_PORT}/`,
			reuseExistingServer: false,
		},
		{
			command: `node tests/support/static-server.ts tests/.output/dist-base ${BASE_PORT} /edition/`,
			cwd: '..',
			url: `http://127.0.0.1:${BASE_PORT}/edition/`,
			reuseExistingServer: false,
		},
	],
});
