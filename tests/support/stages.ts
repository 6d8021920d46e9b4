// Runs the stages of `npm test`, each as soon as the stages it comes after have finished, stops
// starting stages at the first that fails, and prints the time each took and when, so a slow stage
// shows in every run (locally and in CI). What runs side by side shares the two cores well: the
// browser specs' throwaway builds with the unit and build-failure tests; the two builds; the checks
// of dist/ and the type check (one core, mostly) with the reader's journeys in three engines (one
// engine at a time, about one and a half cores) and the specs under the sub-path /edition/ (one
// worker); then the browser specs at the root, which start once all of those but the journeys are
// done, so that the journeys' last minute no longer leaves a core idle (the third group had ended
// with the journeys alone, 1.6 cores busy over it, the whole run 1.8; with the specs beside them
// the run keeps 1.9–2.0 busy).
// (Measured earlier, as groups: the type check beside the journeys rather than the builds: 81 + 90 s
// for the first and third groups against 115 + 78 s; the journeys beside the specs from the start:
// 297 s against 76 + 220 s, and the journeys' timing less certain; the build tests beside the
// journeys instead of the unit tests: 62 + 157 s against 82 + 90 s; the specs under /edition/ beside
// the journeys instead of after them: the third group 54–61 s against 54–56, the last 67–74 s
// against 83–89.) The machine's CPU time is printed with the wall time: where it is near twice the
// wall time, the two cores were full and only less work makes the run shorter.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { buildsRoot } from './build.ts';
import { buildTestSites } from './test-sites.ts';

/**
 * Each stage and the stages it starts after: what it needs (the builds before what reads them, and
 * before the type check, which reads the types they write), and, where two cores are already full,
 * what it must not run beside. A stage starts as soon as those have finished.
 */
const after: Record<string, string[]> = {
	'test sites': [],
	'test:unit': [],
	build: ['test sites', 'test:unit'],
	'build:base': ['test sites', 'test:unit'],
	check: ['build', 'build:base'],
	'test:dist': ['build', 'build:base'],
	'test:html': ['build', 'build:base'],
	'test:links': ['build', 'build:base'],
	'test:engines': ['build', 'build:base'],
	'test:e2e:base': ['build', 'build:base'],
	'test:e2e': ['check', 'test:dist', 'test:html', 'test:links', 'test:e2e:base'],
};
const times: string[] = [];
const seconds: Record<string, number> = {};
const started = performance.now();

// The tests build for this machine: a build must be told its address (see require-site-url.ts).
process.env.SITE_URL ??= 'http://localhost:4321';
// The edition's own content pairs every sentence: its builds run in strict mode, where an unpaired
// paragraph fails (tests/build/ checks both modes on a fixture).
process.env.EDITION_STRICT ??= '1';
// The tests' builds report nothing to Astro's telemetry (the throwaway builds never did; build.ts).
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// The throwaway builds (and content) of earlier runs: this run makes its own.
rmSync(buildsRoot, { recursive: true, force: true });

/**
 * The CPU-seconds the whole machine has spent busy so far (Linux's /proc/stat), or undefined
 * elsewhere: a group's wall time says how long it took, its CPU time whether the cores were full.
 */
function machineBusySeconds(): number | undefined {
	if (!existsSync('/proc/stat')) return undefined;
	const [user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
	return (user! + nice! + system! + irq! + softirq!) / 100;
}

/**
 * What a stage adds to its script's command: the type check reads the types the builds before it
 * wrote in .astro/, rather than writing them again (2.5–3 CPU-s less, measured twice; `npm run
 * check` alone still writes them first).
 */
const extraArguments: Record<string, string[]> = { check: ['--noSync'] };

/** The last lines each stage printed: a failed stage's are printed again at the end (see below). */
const printed: Record<string, string> = {};
const KEPT_LINES = 150;

/**
 * Runs an npm script, its output passed on as it comes and its last lines kept: stages run side by
 * side, so a failure's report can sit minutes up in the log, above where CI's excerpt of it starts.
 */
function npmRun(script: string): Promise<number> {
	const extra = extraArguments[script] ?? [];
	printed[script] = '';
	// Piped, a stage's tools see no terminal: where npm test has one, they are told to colour as before.
	const env = process.stdout.isTTY && !process.env.NO_COLOR ? { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } : process.env;
	const child = spawn('npm', ['run', '--silent', script, ...(extra.length ? ['--', ...extra] : [])], { stdio: ['inherit', 'pipe', 'pipe'], env });
	for (const [from, to] of [
		[child.stdout, process.stdout],
		[child.stderr, process.stderr],
	] as const) {
		from.setEncoding('utf8').on('data', (chunk: string) => {
			to.write(chunk);
			printed[script] = (printed[script] + chunk).slice(-100_000);
		});
	}
	return new Promise((done) => child.on('close', (code) => done(code ?? 1)));
}

async function stage(name: string): Promise<number> {
	const begun = performance.now();
	let status = 0;
	if (name === 'test sites') {
		try {
			await buildTestSites();
		} catch (error) {
			console.error((error as Error).message);
			printed[name] = (error as Error).message;
			status = 1;
		}
	} else {
		status = await npmRun(name);
	}
	const ended = performance.now();
	seconds[name] = (ended - begun) / 1000;
	times.push(`${name} ${seconds[name].toFixed(0)} s (${((begun - started) / 1000).toFixed(0)}–${((ended - started) / 1000).toFixed(0)})`);
	return status;
}

const busyAtStart = machineBusySeconds();
const done = new Set<string>();
const failed: string[] = [];
const running = new Map<string, Promise<string>>();
// Start every stage whose predecessors have finished; after a failure, start nothing more, let what
// runs finish, and stop.
while (done.size + failed.length < Object.keys(after).length) {
	if (!failed.length) {
		for (const [name, before] of Object.entries(after)) {
			if (done.has(name) || running.has(name) || !before.every((b) => done.has(b))) continue;
			running.set(name, stage(name).then((status) => ((status === 0 ? done.add(name) : failed.push(name)), name)));
		}
	}
	if (!running.size) break;
	running.delete(await Promise.race(running.values()));
}
if (failed.length) {
	for (const name of failed) {
		if (printed[name]) console.error(`\n--- the last ${KEPT_LINES} lines "${name}" printed (all of it is above) ---\n${printed[name].split('\n').slice(-KEPT_LINES).join('\n')}`);
	}
	console.error(`\nnpm test: ${failed.map((f) => `"${f}"`).join(', ')} failed. Times: ${times.join(', ')}`);
	process.exit(1);
}
const total = (performance.now() - started) / 1000;
// The budget: npm test at most 32x the one-article build timed in the same run (DEVELOPERS.md).
const busy = busyAtStart === undefined ? undefined : machineBusySeconds()! - busyAtStart;
const cpuTimes = busy === undefined ? '' : ` The machine's CPU time: ${busy.toFixed(0)} CPU-s, ${(busy / total).toFixed(1)} cores busy on average.`;
console.log(`\nnpm test passed in ${total.toFixed(0)} s, ${(total / seconds.build!).toFixed(1)}x the build (${seconds.build!.toFixed(1)} s; budget 32x): ${times.join(', ')}.${cpuTimes}`);
