// A small deterministic pseudo-random generator (mulberry32): the same seed makes the same numbers,
// so a generated edition or corpus is the same on every run that passes its seed.

/** Numbers in [0, 1) from a 32-bit seed. */
export function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
