import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Raw, gzip (level 9) and brotli (quality 11) sizes of some bytes, as a host that compresses would send them. */
export function sizes(bytes: Buffer | string): { raw: number; gzip: number; brotli: number } {
	const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
	return {
		raw: buffer.length,
		gzip: gzipSync(buffer, { level: 9 }).length,
		brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
	};
}

/** The median and 95th percentile of some numbers. */
export function percentiles(values: number[]): { median: number; p95: number; n: number } {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
	const median = sorted.length % 2 ? at(0.5) : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
	return { median: round(median), p95: round(at(0.95)), n: sorted.length };
}

/** Rounds to two decimals for printing. */
export function round(value: number): number {
	return Math.round(value * 100) / 100;
}

/** Formats a byte count as KB with one decimal. */
export function kb(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} KB`;
}
