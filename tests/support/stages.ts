// Runs the stages of `npm test` one after another, stops at the first that fails, and prints the
// time each took, so a slow stage shows in every run (locally and in CI).
import { spawnSync } from 'node:child_process';

const stages = ['check', 'test:unit', 'build', 'build:base', 'test:html', 'test:links', 'test:e2e'];
const times: string[] = [];
const started = performance.now();
for (const stage of stages) {
	const begun = performance.now();
	const { status } = spawnSync('npm', ['run', '--silent', stage], { stdio: 'inherit' });
	times.push(`${stage} ${((performance.now() - begun) / 1000).toFixed(0)} s`);
	if (status !== 0) {
		console.error(`\nnpm test: stage "${stage}" failed (exit ${status}). Times: ${times.join(', ')}`);
		process.exit(status ?? 1);
	}
}
console.log(`\nnpm test passed in ${((performance.now() - started) / 1000).toFixed(0)} s: ${times.join(', ')}`);
