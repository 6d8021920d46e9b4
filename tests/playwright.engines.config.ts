import { defineConfig } from '@playwright/test';
import type { EngineName } from './engines/support/reader.ts';

// The reader's journeys in three engines (tests/engines/): one project per engine, run one after the
// other in one worker on the built dist/, each engine's browser started once. One engine alone:
// npm run test:engines -- --project webkit
export default defineConfig<object, { engine: EngineName }>({
	testDir: './engines',
	outputDir: './.output/engines',
	fullyParallel: false,
	workers: 1,
	timeout: 60_000,
	reporter: [['list']],
	projects: (['chromium', 'firefox', 'webkit'] as const).map((engine) => ({ name: engine, use: { engine } })),
});
