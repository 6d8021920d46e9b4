import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { requireSiteUrl, SITE_URL_MISSING } from '../../src/integrations/require-site-url.ts';
import { BUILD } from '../support/build.ts';

// A build that does not know its public address cannot publish http://localhost:4321/ by accident.
const setup = (env: NodeJS.ProcessEnv, command: 'build' | 'dev' | 'preview' | 'sync') => () =>
	(requireSiteUrl(env).hooks['astro:config:setup'] as (options: { command: string }) => void)({ command });

describe('SITE_URL', () => {
	it('must be set for a build, with a message saying how', () => {
		expect(setup({}, 'build')).toThrow(SITE_URL_MISSING);
		expect(SITE_URL_MISSING).toMatch(/SITE_URL=https:\/\/.* npm run build.*npm start/);
		expect(setup({ SITE_URL: 'example.org' }, 'build')).toThrow(/not an http\(s\) address.*Fix:/);
		expect(setup({ SITE_URL: 'https://example.org' }, 'build')).not.toThrow();
	});

	it('is not needed to develop, check or preview', () => {
		for (const command of ['dev', 'preview', 'sync'] as const) expect(setup({}, command)).not.toThrow();
	});

	it('stops `npm run build` before anything is written', () => {
		const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: 'tests/.output/never-written' };
		delete env.SITE_URL;
		const result = spawnSync(BUILD[0], [BUILD[1]], { cwd: new URL('../../', import.meta.url).pathname, env, encoding: 'utf8' });
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toContain('SITE_URL is not set');
		// The edition's message, not a crash: no stack trace, and no report of a failed hook before it.
		expect(result.stdout + result.stderr).not.toMatch(/^\s+at \S|\[ERROR\]/m);
		expect(spawnSync('test', ['-e', 'tests/.output/never-written']).status).not.toBe(0);
	}, 60_000);
});
