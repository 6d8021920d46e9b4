import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The check `npm test` runs first: on a machine that lacks a prerequisite it stops at once with
// one line per missing piece, naming where it looked and what to install.
const preflight = new URL('../support/preflight.mjs', import.meta.url).pathname;

function run(env: Record<string, string>) {
	return spawnSync(process.execPath, [preflight], { env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('the test preflight', () => {
	it('passes on this machine', () => {
		const result = run({});
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('names Chromium, its headless shell, Firefox, WebKit, Xvfb, Java, xmllint, jing and the Chinese fonts, each with its fix, when they are missing', () => {
		// An empty PATH hides Xvfb, java, xmllint, jing and fc-list; the browsers' variables point nowhere.
		const result = run({
			PATH: '/nonexistent',
			CHROME_PATH: '/nonexistent/chrome',
			CHROME_HEADLESS_SHELL_PATH: '/nonexistent/chrome-headless-shell',
			FIREFOX_PATH: '/nonexistent/firefox',
			WEBKIT_DRIVER_PATH: '/nonexistent/WebKitWebDriver',
			MINIBROWSER_PATH: '/nonexistent/MiniBrowser',
		});
		expect(result.status).toBe(1);
		const lines = result.stderr.trim().split('\n').slice(1);
		expect(lines).toHaveLength(10);
		expect(lines[0]).toMatch(/No Chromium at \/nonexistent\/chrome \(CHROME_PATH\).*apt-get install chromium fonts-noto-cjk.*CHROME_PATH=/);
		expect(lines[1]).toMatch(/No Chromium headless shell at \/nonexistent\/chrome-headless-shell \(CHROME_HEADLESS_SHELL_PATH\).*apt-get install chromium-headless-shell.*CHROME_HEADLESS_SHELL_PATH=/);
		expect(lines[2]).toMatch(/No Firefox ESR at \/nonexistent\/firefox.*apt-get install firefox-esr.*FIREFOX_PATH=/);
		expect(lines[3]).toMatch(/No WebKitWebDriver at \/nonexistent\/WebKitWebDriver.*apt-get install webkit2gtk-driver.*WEBKIT_DRIVER_PATH=/);
		expect(lines[4]).toMatch(/No WebKitGTK's MiniBrowser at \/nonexistent\/MiniBrowser.*apt-get install webkit2gtk-driver.*MINIBROWSER_PATH=/);
		expect(lines[5]).toMatch(/No `Xvfb` on PATH.*apt-get install xvfb/);
		expect(lines[6]).toMatch(/No `java` on PATH.*apt-get install default-jre-headless/);
		expect(lines[7]).toMatch(/No `xmllint` on PATH.*apt-get install libxml2-utils/);
		expect(lines[8]).toMatch(/No `jing` on PATH.*apt-get install jing/);
		expect(lines[9]).toMatch(/No Chinese font.*apt-get install fonts-noto-cjk/);
	});
});
