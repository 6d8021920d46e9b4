// The traditional → simplified map of the characters the texts use, from OpenCC, at build time.
import * as OpenCC from 'opencc-js';
import type { TraditionalMap } from './traditional.ts';

// CJK Unified Ideographs and Extension A: every character a reader can type from a traditional or
// Hong Kong / Taiwan input method that has a simplified counterpart lies here.
const RANGES: [number, number][] = [
	[0x3400, 0x4dbf],
	[0x4e00, 0x9fff],
];

/**
 * Builds, with OpenCC's dictionaries, the map from each traditional or regional variant character to
 * the simplified character it stands for, kept only for simplified characters the corpus contains:
 * a character the text lacks can match nothing either way, so the browser gets a few hundred entries
 * instead of OpenCC's whole dictionary.
 */
export function traditionalMap(corpus: string): TraditionalMap {
	const used = new Set(corpus);
	const converters = (['t', 'tw', 'hk'] as const).map((from) => OpenCC.Converter({ from, to: 'cn' }));
	const map: TraditionalMap = {};
	for (const [start, end] of RANGES) {
		for (let code = start; code <= end; code++) {
			const char = String.fromCodePoint(code);
			for (const convert of converters) {
				const simplified = convert(char);
				if (simplified !== char && [...simplified].length === 1 && used.has(simplified)) map[char] = simplified;
			}
		}
	}
	return map;
}
