// Checks, before `npm test` spends minutes, that this machine has what the tests need, and says in
// one line per missing piece what to install. Plain JavaScript, so that it runs on any Node.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const problems = [];

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	problems.push(
		`Node ${process.versions.node} runs the tests, but Astro 7 needs >= 22.12: run \`npm install\` (its \`node\` dev dependency brings Node 24 for npm scripts) and start the tests with \`npm test\`.`,
	);
}

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
try {
	accessSync(chromium, constants.X_OK);
} catch {
	problems.push(
		`No Chromium at ${chromium}${process.env.CHROME_PATH ? ' (CHROME_PATH)' : ''}: install it (Debian: \`apt-get install chromium fonts-noto-cjk\`) or set CHROME_PATH=/path/to/chrome.`,
	);
}
// The browser specs (tests/e2e/) run in Chromium's headless shell, the reader's journeys in the full browser.
const shell = process.env.CHROME_HEADLESS_SHELL_PATH || '/usr/bin/chromium-headless-shell';
try {
	accessSync(shell, constants.X_OK);
} catch {
	problems.push(
		`No Chromium headless shell at ${shell}${process.env.CHROME_HEADLESS_SHELL_PATH ? ' (CHROME_HEADLESS_SHELL_PATH)' : ''}: the browser specs run in it (Debian: \`apt-get install chromium-headless-shell\`), or set CHROME_HEADLESS_SHELL_PATH=/path/to/chrome-headless-shell.`,
	);
}

// The reader's journeys in Firefox and WebKit (tests/engines/): Debian's Firefox ESR, and WebKitGTK's
// MiniBrowser with its WebDriver, on a virtual X display.
const engines = [
	[process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', 'Firefox ESR', 'firefox-esr', 'FIREFOX_PATH'],
	[process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver', 'WebKitWebDriver', 'webkit2gtk-driver', 'WEBKIT_DRIVER_PATH'],
	[process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', "WebKitGTK's MiniBrowser", 'webkit2gtk-driver', 'MINIBROWSER_PATH'],
];
for (const [path, name, debian, variable] of engines) {
	try {
		accessSync(path, constants.X_OK);
	} catch {
		problems.push(`No ${name} at ${path}: the cross-engine journeys need it (Debian: \`apt-get install ${debian}\`), or set ${variable}=/path/to/it.`);
	}
}
if (spawnSync('Xvfb', ['-help'], { stdio: 'ignore' }).error) {
	problems.push('No `Xvfb` on PATH: WebKit runs on a virtual X display in the cross-engine journeys (Debian: `apt-get install xvfb`).');
}

try {
	execFileSync('java', ['-version'], { stdio: 'ignore' });
} catch {
	problems.push('No `java` on PATH: the Nu HTML checker needs Java 11 or later (Debian: `apt-get install default-jre-headless`).');
}

try {
	execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
} catch {
	problems.push('No `xmllint` on PATH: the TMX export is validated with it (Debian: `apt-get install libxml2-utils`).');
}

// jing prints its usage and exits non-zero without arguments: only a missing program counts.
if (spawnSync('jing', [], { stdio: 'ignore' }).error) {
	problems.push('No `jing` on PATH: the TEI export is validated with it against TEI P5 (Debian: `apt-get install jing`).');
}

let chineseFonts = '';
try {
	chineseFonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim();
} catch {
	// No fontconfig: reported below as missing fonts.
}
if (!chineseFonts) {
	problems.push('No Chinese font (fc-list :lang=zh is empty): screenshots and layout tests need one (Debian: `apt-get install fonts-noto-cjk`).');
}

if (problems.length > 0) {
	console.error(`npm test cannot run on this machine yet:\n${problems.map((p) => `- ${p}`).join('\n')}`);
	process.exit(1);
}
