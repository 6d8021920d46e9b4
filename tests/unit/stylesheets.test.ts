import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from 'vitest';

// No colour changes with the viewport's width, and nothing is hidden at one width only: the
// accessibility checks run the colour rules in dark at one width, and at phone width only the rules
// that depend on layout, on that ground (tests/e2e/accessibility.spec.ts).
const folders = [new URL('../../src/styles/', import.meta.url), new URL('../../public/', import.meta.url)];

const sheets = () => folders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.css')).map((f) => ({ file: f, css: readFileSync(new URL(f, folder), 'utf8') })));

test('no width media query sets a colour, a background or a border colour, or hides anything', () => {
	expect(sheets().length).toBeGreaterThan(3);
	for (const { file, css } of sheets()) {
		for (const match of css.matchAll(/@media[^{]*\b(?:min|max)-width[^{]*\{/g)) {
			// The block of the media query: from its brace to the brace that closes it.
			let depth = 0;
			let end = match.index + match[0].length - 1;
			for (; end < css.length; end++) {
				if (css[end] === '{') depth++;
				else if (css[end] === '}' && --depth === 0) break;
			}
			const block = css.slice(match.index, end);
			expect(block, `${file}: ${match[0]}`).not.toMatch(/(?:^|[\s;{])(?:color|background(?:-color)?|border(?:-[a-z]+)*-color|outline-color)\s*:/);
			expect(block, `${file}: ${match[0]}`).not.toMatch(/display\s*:\s*none|visibility\s*:|content-visibility\s*:/);
		}
	}
});

// WebKit (Safari, every iPhone browser) drops a text-decoration shorthand that holds var(): computed,
// it is `none`, and a glossary link looks like plain text. The longhands work in every engine (the
// journeys in tests/engines/ check the drawn result; this names the line before any browser runs).
test('no text-decoration shorthand holds a custom property', () => {
	for (const { file, css } of sheets()) {
		for (const [line, text] of css.split('\n').entries()) expect(text, `${file}:${line + 1}: use text-decoration-line, -style and -color`).not.toMatch(/text-decoration\s*:[^;]*var\(/);
	}
});
