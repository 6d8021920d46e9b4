// Runs the stages of `npm test`, stops at the first group that fails, and prints the time each took,
// so a slow stage shows in every run (locally and in CI). Stages in one group run side by side where
// they share the two cores well: the browser specs' throwaway builds with the unit and build-failure
// tests; the two builds; the checks of dist/ and the type check (one core, mostly) with the reader's
// journeys in three engines (one engine at a time, about one and a half cores) and the specs under
// the sub-path /edition/ (one worker); the browser specs at the root.
// (The type check beside the journeys rather than the builds: 81 + 90 s for the first and third
// groups against 115 + 78 s; the journeys beside the specs measured no faster: 297 s against
// 76 + 220 s, both cores busy throughout, and the journeys' timing less certain; the build tests
// beside the journeys instead of the unit tests: 62 + 157 s against 82 + 90 s, the journeys and
// the type check slowed by half; the specs under /edition/ beside the journeys instead of after
// them: the third group 54–61 s against 54–56, the last 67–74 s against 83–89.) Each group's
// machine CPU time is printed with its wall time: where it is near twice the wall time, the two
// cores were full and only less work makes the group shorter.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { buildsRoot } from './build.ts';
import { buildTestSites } from './test-sites.ts';

const groups: string[][] = [['test sites', 'test:unit'], ['build', 'build:base'], ['check', 'test:dist', 'test:html', 'test:links', 'test:engines', 'test:e2e:base'], ['test:e2e']];
const times: string[] = [];
const seconds: Record<string, number> = {};
const started = performance.now();

// The tests build for this machine: a build must be told its address (see require-site-url.ts).
process.env.SITE_URL ??= 'http://localhost:4321';
// The edition's own content pairs every sentence: its builds run in strict mode, where an unpaired
// paragraph fails (tests/build/ checks both modes on a fixture).
process.env.EDITION_STRICT ??= '1';

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

function npmRun(script: string): Promise<number> {
	return new Promise((done) => spawn('npm', ['run', '--silent', script], { stdio: 'inherit' }).on('close', (code) => done(code ?? 1)));
}

async function stage(name: string): Promise<number> {
	const begun = performance.now();
	let status = 0;
	if (name === 'test sites') {
		try {
			await buildTestSites();
		} catch (error) {
			console.error((error as Error).message);
			status = 1;
		}
	} else {
		status = await npmRun(name);
	}
	seconds[name] = (performance.now() - begun) / 1000;
	times.push(`${name} ${seconds[name].toFixed(0)} s`);
	return status;
}

const groupTimes: string[] = [];
const busyAtStart = machineBusySeconds();
for (const group of groups) {
	const [begun, busy] = [performance.now(), machineBusySeconds()];
	const statuses = await Promise.all(group.map(stage));
	const wall = (performance.now() - begun) / 1000;
	const busyFor = busy === undefined ? undefined : machineBusySeconds()! - busy;
	groupTimes.push(`${group.join(' + ')}: ${wall.toFixed(0)} s${busyFor === undefined ? '' : `, ${busyFor.toFixed(0)} CPU-s (${(busyFor / wall).toFixed(1)} cores)`}`);
	const failed = group.filter((_, i) => statuses[i] !== 0);
	if (failed.length) {
		console.error(`\nnpm test: ${failed.map((f) => `"${f}"`).join(', ')} failed. Times: ${times.join(', ')}`);
		process.exit(1);
	}
}
const total = (performance.now() - started) / 1000;
// The budget: npm test at most 25x the one-article build timed in the same run (DEVELOPERS.md).
const cpuTimes = busyAtStart === undefined ? '' : ` The machine's CPU time: ${(machineBusySeconds()! - busyAtStart).toFixed(0)} CPU-s; by group: ${groupTimes.join('; ')}.`;
console.log(`\nnpm test passed in ${total.toFixed(0)} s, ${(total / seconds.build!).toFixed(1)}x the build (${seconds.build!.toFixed(1)} s; budget 25x): ${times.join(', ')}.${cpuTimes}`);
