// Builds the edition once in this process and prints {"milliseconds", "maxRssMiB"} as JSON, so the
// scale benchmark can read a build's time and peak memory. (The Pagefind indexer runs as its own
// binary; its memory is not in this figure.) Environment as for `astro build`.
import { build } from 'astro';

const started = performance.now();
await build({ root: new URL('../../', import.meta.url).pathname, logLevel: 'error' });
console.log(JSON.stringify({ milliseconds: Math.round(performance.now() - started), maxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
