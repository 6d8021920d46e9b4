import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../support/build.ts';

const fixture = new URL('../fixtures/hostile/rejected/content', import.meta.url).pathname;

describe('hostile Markdown', () => {
	it('is refused, each piece named with its file and line, and nothing is published', async () => {
		const result = await buildEdition(fixture);
		expect(result.code, result.output).not.toBe(0);
		const zh = 'hostile-article/zh.md';
		const en = 'hostile-article/en.md';
		for (const expected of [
			`${zh}:14:4 Raw HTML is not allowed`, // <script>
			`${zh}:16:4 Raw HTML is not allowed`, // <img onerror>
			`${zh}:18:4 Link to "javascript:alert('zh-link')" is not allowed`,
			`${en}:9:7 Raw HTML is not allowed`, // <b onclick>
			`${en}:11:1 Found html where a paragraph was expected`, // <div onmouseover>
			`${en}:13:7 Link to "JavaScript:alert('en-link')" is not allowed`,
		]) {
			expect(result.output).toContain(expected);
		}
		expect(result.output).not.toMatch(/\[build\] Complete!/);
		expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
	});
});
