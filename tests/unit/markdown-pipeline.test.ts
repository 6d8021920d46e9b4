import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../src/lib/markdown/options.ts';
import { readSourceData } from '../../src/lib/markdown/source-data.ts';

// The same pipeline astro.config.mjs gives Astro's unified processor.
const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });

async function run(body: string) {
	const { metadata } = await processor.render(body, { frontmatter: {} });
	const data = readSourceData(metadata.frontmatter);
	if (!data) throw new Error('the edition plugins recorded nothing');
	return data;
}

describe('paragraph numbering', () => {
	it('numbers top-level paragraphs from 1 and keeps their text exactly', async () => {
		const data = await run('【本报讯】全国第四次“手工业”工作会议。\n\nSecond "straight" quotes -- stay.\n\nThird *one*.');
		expect(data.problems).toEqual([]);
		expect(data.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
		expect(data.paragraphs[0]!.text).toBe('【本报讯】全国第四次“手工业”工作会议。');
		// No SmartyPants: straight quotes and double hyphens are the source's characters.
		expect(data.paragraphs[1]!.text).toBe('Second "straight" quotes -- stay.');
		expect(data.paragraphs[2]!.html).toBe('Third <em>one</em>.');
	});

	it('escapes text that looks like HTML', async () => {
		const data = await run('a \\<b> c &amp; d');
		expect(data.problems).toEqual([]);
		expect(data.paragraphs[0]!.html).toBe('a &#x3C;b> c &#x26; d');
		expect(data.paragraphs[0]!.text).toBe('a <b> c & d');
	});

	it('keeps a bare address as text (GFM would link it, escaped or not, on through the Chinese after it), and written links as links', async () => {
		const data = await run('计-http\\://example.org/a?b=c\\&d+划三。报在 www\\.example.org、a\\@b.org。\n\n[text](https://x.org) and <https://y.org>.');
		expect(data.problems).toEqual([]);
		expect(data.paragraphs[0]!.html).toBe('计-http://example.org/a?b=c&#x26;d+划三。报在 www.example.org、a@b.org。');
		expect(data.paragraphs[0]!.text).toBe('计-http://example.org/a?b=c&d+划三。报在 www.example.org、a@b.org。');
		expect(data.paragraphs[1]!.html).toBe('<a href="https://x.org">text</a> and <a href="https://y.org">https://y.org</a>.');
	});
});

describe('article text problems', () => {
	const cases: [string, string, RegExp][] = [
		['raw HTML block', 'Text.\n\n<div>stray</div>', /html where a paragraph was expected.*Raw HTML is not allowed/],
		['inline script', 'Text <script>alert(1)</script> more.', /Raw HTML is not allowed/],
		['heading', '# Title\n\nText.', /heading where a paragraph was expected/],
		['list', '- item', /list where a paragraph was expected/],
		['soft line break', 'First line\nsecond line.', /continues on the next line/],
		['javascript link', '[click](javascript:alert(1))', /javascript:alert\(1\).*not allowed/],
		['footnote', 'Text[^1].\n\n[^1]: Note.', /Footnote/],
		['image', '![x](https://example.org/x.png)', /image inside a paragraph/],
	];
	for (const [name, body, reason] of cases) {
		it(`records a ${name} with its place`, async () => {
			const { problems } = await run(body);
			expect(problems.length).toBeGreaterThan(0);
			expect(problems.map((p) => `${p.reason} ${p.fix}`).join('\n')).toMatch(reason);
			expect(problems[0]!.line).toBeGreaterThanOrEqual(1);
		});
	}

	it('says each reason once: the fix does not repeat it', async () => {
		for (const [, body] of cases) {
			for (const { reason, fix } of (await run(body)).problems) expect(fix.startsWith(reason), `${reason} / ${fix}`).toBe(false);
		}
	});

	it('records an empty body', async () => {
		const { problems, paragraphs } = await run('');
		expect(paragraphs).toEqual([]);
		expect(problems[0]!.reason).toMatch(/no text/);
	});

	it('gives the line of the problem within the body', async () => {
		const { problems } = await run('One.\n\nTwo.\n\n<p>three</p>');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 5, column: 1 });
	});
});
