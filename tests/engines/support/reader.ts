// What the cross-engine journeys ask of a browser: one page, driven as a reader drives it. Each
// engine of this machine answers through its own protocol (see chromium.ts, firefox.ts, webkit.ts),
// so the journeys are written once against this.

export type EngineName = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

/** Keys the journeys press: named as WebDriver and Playwright both name them. */
export type Key = 'Tab' | 'Enter' | 'Escape' | 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp' | 'Space';

/** How a session starts: the colour scheme it prefers and whether the page's own scripts run. */
export interface SessionOptions {
	dark?: boolean;
	javaScript?: boolean;
}

export interface Reader {
	readonly engine: EngineName;
	/** Sets the viewport to exactly `width` × `height` CSS px. */
	resize(width: number, height: number): Promise<void>;
	/** Opens a URL and returns once the page has loaded. */
	open(url: string): Promise<void>;
	/**
	 * Runs `fn` in the page with one JSON argument, awaits it and returns its JSON result. `fn` must
	 * hold all it uses: it is sent as source text.
	 */
	evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
	/** A real (trusted) pointer click at a point of the viewport, in CSS px. */
	clickAt(x: number, y: number): Promise<void>;
	/** A real pointer (mouse) moved to a point of the viewport, in CSS px, with no button pressed. */
	moveTo(x: number, y: number): Promise<void>;
	/** A real key press on whatever has focus. */
	press(key: Key): Promise<void>;
	/** Types text into whatever has focus, key by key. */
	type(text: string): Promise<void>;
	screenshot(path: string): Promise<void>;
	/** The text on the system clipboard, as another program would paste it. */
	clipboard(): Promise<string>;
	/** The page errors and CSP violations since the last call (see each engine for when it starts listening). */
	problems(): Promise<string[]>;
	close(): Promise<void>;
}

/**
 * Listens, in the page, for uncaught errors, rejected promises and CSP violations, and keeps them in
 * `window.__readerProblems` (installed before the page's scripts where the engine allows it).
 */
export function listenForProblems(): void {
	const w = window as unknown as { __readerProblems?: string[] };
	if (w.__readerProblems) return;
	const problems: string[] = (w.__readerProblems = []);
	// In the capture phase: a script, stylesheet or image that fails to load fires `error` on its element.
	addEventListener(
		'error',
		(event) => {
			const target = event.target as (Element & { src?: string; href?: string }) | Window | null;
			problems.push(target instanceof Element ? `failed to load: ${target.src || target.href || target.outerHTML.slice(0, 80)}` : `error: ${event.message}`);
		},
		true,
	);
	addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${String(event.reason)}`));
	document.addEventListener('securitypolicyviolation', (event) => problems.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`));
}

/** Takes the problems the page kept so far (and forgets them). */
export function takeProblems(): string[] {
	const w = window as unknown as { __readerProblems?: string[] };
	return w.__readerProblems?.splice(0) ?? ['the page was not listening for problems'];
}
