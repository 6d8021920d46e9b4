// Debian's WebKitGTK (its MiniBrowser, the engine of Safari and of every iPhone browser) through
// WebKitWebDriver over classic WebDriver, with selenium-webdriver, on a private Xvfb display.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Builder, Key as Keys, Origin, type WebDriver } from 'selenium-webdriver';
import { listenForProblems, takeProblems, type Key, type Reader, type SessionOptions } from './reader.ts';

export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

const KEYS: Record<Key, string> = {
	Tab: Keys.TAB,
	Enter: Keys.ENTER,
	Escape: Keys.ESCAPE,
	ArrowRight: Keys.ARROW_RIGHT,
	ArrowLeft: Keys.ARROW_LEFT,
	ArrowDown: Keys.ARROW_DOWN,
	ArrowUp: Keys.ARROW_UP,
	Space: Keys.SPACE,
};

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** Starts Xvfb on a display it picks itself, and returns the display's name. */
function startXvfb(): Promise<{ display: string; xvfb: ChildProcess }> {
	const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
	return new Promise((resolve, reject) => {
		xvfb.on('error', reject);
		xvfb.stdout!.once('data', (data) => resolve({ display: `:${String(data).trim()}`, xvfb }));
	});
}

/** Waits until the driver answers its status endpoint. */
async function driverReady(url: string, driver: ChildProcess): Promise<void> {
	for (let i = 0; i < 100; i++) {
		if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
		try {
			if ((await fetch(`${url}/status`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

export async function startWebKit({ dark = false, javaScript = true }: SessionOptions = {}): Promise<Reader> {
	const { display, xvfb } = await startXvfb();
	// MiniBrowser's toolbar keeps its window wider than a phone; a GTK stylesheet shrinks it to nothing,
	// and GTK's settings give the colour scheme the page sees.
	const config = mkdtempSync(join(tmpdir(), 'edition-webkit-'));
	mkdirSync(join(config, 'gtk-3.0'));
	writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 1px; }\n');
	const port = await freePort();
	const server = `http://127.0.0.1:${port}`;
	const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
		env: { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config, ...(dark ? { GTK_THEME: 'Adwaita:dark' } : {}), GDK_BACKEND: 'x11', LIBGL_ALWAYS_SOFTWARE: '1' },
		stdio: 'ignore',
	});
	let driver: WebDriver;
	try {
		await driverReady(server, driverProcess);
		driver = await new Builder()
			.usingServer(server)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': {
					binary: MINIBROWSER,
					// Without JavaScript: the page's own scripts do not run (and `scripting: none` matches); WebDriver's still do.
					args: ['--automation', ...(javaScript ? [] : ['--enable-javascript=false'])],
				},
			})
			.build();
	} catch (error) {
		driverProcess.kill();
		xvfb.kill();
		throw error;
	}
	const kept: string[] = [];
	let opened = false;
	// Classic WebDriver runs nothing before the page's scripts: each call into the page starts
	// listening if this page is not yet (after open(), or a click that loaded another page).
	const listen = javaScript ? `(${listenForProblems})();` : '';
	const take = async () => {
		if (javaScript && opened) kept.push(...((await driver.executeScript(`${listen} return (${takeProblems})()`)) as string[]));
	};
	const evaluate: Reader['evaluate'] = (fn, arg) => driver.executeScript(`${listen} return (${fn})(arguments[0])`, arg) as never;
	return {
		engine: 'webkit',
		async resize(width, height) {
			// The window holds the (shrunk) toolbar: size it, then make up what the viewport lacks. The
			// window manager may answer before the viewport has its new size (a CI run read the old one
			// once): read it until three reads 60 ms apart agree.
			const viewport = async (): Promise<[number, number]> => {
				const reads: string[] = [];
				for (let i = 0; i < 30 && !(reads.length >= 3 && reads.slice(-3).every((r) => r === reads.at(-1))); i++) {
					if (i) await new Promise((r) => setTimeout(r, 60));
					reads.push(JSON.stringify(await driver.executeScript('return [innerWidth, innerHeight]')));
				}
				return JSON.parse(reads.at(-1)!);
			};
			let size = { width, height };
			for (let attempt = 0; attempt < 4; attempt++) {
				await driver.manage().window().setRect(size);
				const [w, h] = await viewport();
				if (w === width && h === height) return;
				size = { width: Math.max(200, size.width + width - w), height: Math.max(200, size.height + height - h) };
			}
			throw new Error(`WebKit's viewport did not come to ${width}×${height} CSS px`);
		},
		async open(url) {
			await take();
			await driver.get(url);
			opened = true;
			if (javaScript) await driver.executeScript(listen);
		},
		evaluate,
		clickAt: (x, y) => driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).click().perform(),
		moveTo: (x, y) => driver.actions().move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT }).perform(),
		press: (key) => driver.actions().sendKeys(KEYS[key]).perform(),
		type: (text) => driver.actions().sendKeys(text).perform(),
		async screenshot(path) {
			// After two frames: straight after a load or a resize, WebKit's snapshot can be the frame before.
			await driver.executeAsyncScript('const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done()));');
			writeFileSync(path, await driver.takeScreenshot(), 'base64');
		},
		async clipboard() {
			// The page may not read the clipboard (WebKit asks the user): paste it, with a real
			// Ctrl+V, into a text field added for the purpose, and read that.
			await evaluate(() => {
				const field = document.createElement('textarea');
				field.id = 'reader-clipboard';
				field.style.cssText = 'position:fixed;top:0;left:0;width:200px;height:40px;z-index:99999';
				document.body.append(field);
				field.focus();
			});
			await driver.actions().keyDown(Keys.CONTROL).sendKeys('v').keyUp(Keys.CONTROL).perform();
			return evaluate(() => {
				const field = document.getElementById('reader-clipboard') as HTMLTextAreaElement;
				field.remove();
				return field.value;
			});
		},
		async problems() {
			await take();
			return kept.splice(0);
		},
		async close() {
			await driver.quit().catch(() => undefined);
			driverProcess.kill();
			xvfb.kill();
			rmSync(config, { recursive: true, force: true });
		},
	};
}
