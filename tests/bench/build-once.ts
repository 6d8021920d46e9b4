// Builds the edition once in this process and prints {"milliseconds", "cpuMilliseconds", "maxRssMiB", "dts"} as JSON, so the
// scale benchmark can read a build's time, processor time (this process's threads; not Pagefind's
// binary), peak memory and the DTS API's step (its files, bytes, time and processor time). (The Pagefind indexer runs as its own binary; its memory is not in this figure.) Environment as for `astro build`.
import { build } from 'astro';
import { DTS_STEP } from '../../src/lib/dts/write.ts';

const started = performance.now();
await build({ root: new URL('../../', import.meta.url).pathname, logLevel: 'error' });
const dts = (globalThis as Record<symbol, unknown>)[DTS_STEP];
const { user, system } = process.cpuUsage();
console.log(JSON.stringify({ milliseconds: Math.round(performance.now() - started), cpuMilliseconds: Math.round((user + system) / 1000), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024), dts }));
