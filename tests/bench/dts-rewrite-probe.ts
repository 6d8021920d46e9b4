// Probe: is writing the DTS API's files slower into a tree just deleted than into a fresh folder? (docs/dts.md, Cost)
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { deserialize } from 'node:v8';
import { articleFiles } from '../../src/lib/dts/api.ts';
import type { DtsWork } from '../../src/lib/dts/write.ts';
// argv: the build's work (a v8-serialised DtsWork), the folder to write in, the strategy, the runs.
const [workFile, folder, strategy, runs = '4'] = process.argv.slice(2) as [string, string, 'same' | 'fresh' | 'renameAway', string];
const work = deserialize(readFileSync(workFile)) as DtsWork;
const files: [string, string][] = [...work.articles.values().flatMap((a) => articleFiles(a, work.site))];
const time = (f: () => void) => { const t = performance.now(); f(); return ((performance.now() - t) / 1000).toFixed(2); };
const write = (root: string) => {
	const made = new Set<string>();
	for (const [p, content] of files) { const f = join(root, p); const d = dirname(f); if (!made.has(d)) { mkdirSync(d, { recursive: true }); made.add(d); } writeFileSync(f, content); }
};
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`${files.length} files; strategy ${strategy}`);
rmSync(folder, { recursive: true, force: true });
execSync('sync');
for (let run = 0; run < Number(runs); run++) {
	const root = strategy === 'same' ? join(folder, 'out') : join(folder, `out${run}`);
	// same: delete the last tree, then write at its path; fresh: write at a new path, deleting nothing;
	// renameAway: move the last tree aside, write the new one, then delete the old.
	const before = strategy === 'same' ? time(() => rmSync(root, { recursive: true, force: true })) : strategy === 'renameAway' && run > 0 ? time(() => renameSync(join(folder, `out${run - 1}`), join(folder, 'old'))) : '-';
	const wrote = time(() => write(root));
	const after = strategy === 'renameAway' ? time(() => rmSync(join(folder, 'old'), { recursive: true, force: true })) : '-';
	const synced = time(() => execSync('sync'));
	console.log(`run ${run}: before ${before} s, write ${wrote} s, after ${after} s, sync ${synced} s; load ${load()}`);
}
rmSync(folder, { recursive: true, force: true });
