import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { tempDir } from './temp-dir.ts';
import { generatedSources } from '../support/generated-sources.ts';
import { articleFiles, slugFor } from '../../src/lib/import/article-files.ts';
import { escapeMarkdown } from '../../src/lib/import/markdown-escape.ts';
import { decodeSource, parseSource, type SourceArticle } from '../../src/lib/import/source-file.ts';
import { markdownOptions } from '../../src/lib/markdown/options.ts';
import { readSourceData } from '../../src/lib/markdown/source-data.ts';

// `npm run import`: source files in, verbatim articles out, refusals naming file, line and fix.
const reference = new URL('../fixtures/source/000_9fe5e06e1cbca207.txt', import.meta.url).pathname;
const markup = new URL('../fixtures/import/markup.txt', import.meta.url).pathname;
const committed = new URL('../../content/1955-01-09-national-handicraft-work-conference/', import.meta.url).pathname;
const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
const split = (md: string) => {
	const [, front, ...body] = md.split(/^---$/m);
	return { record: parse(front!), body: body.join('---').trim() };
};
/** The paragraphs the edition's real Markdown pipeline reads from a file's body. */
async function texts(md: string, where?: string): Promise<string[]> {
	const { metadata } = await processor.render(split(md).body, { frontmatter: {} });
	const data = readSourceData(metadata.frontmatter)!;
	expect(data.problems, where).toEqual([]);
	return data.paragraphs.map((p) => p.text);
}
/** The importer's two Markdown files for an article read back as exactly its paragraphs. */
async function expectReadsBack(article: SourceArticle, where: string): Promise<void> {
	const made = articleFiles(article);
	expect(await texts(made.en, `${where}, en`), `${where}, en`).toEqual(article.english);
	expect(await texts(made.zh, `${where}, zh`), `${where}, zh`).toEqual(article.chinese.paragraphs);
}
const read = (path: string) => parseSource(decodeSource(readFileSync(path), 'x.txt'), 'x.txt');

describe('an imported article', () => {
	it('is the committed article, field for field and text for text, for the reference file', () => {
		const made = articleFiles(parseSource(readFileSync(reference, 'utf8'), '000_9fe5e06e1cbca207.txt'));
		for (const lang of ['zh', 'en'] as const) expect(split(made[lang])).toEqual(split(readFileSync(join(committed, `${lang}.md`), 'utf8')));
	});

	it('reads back, through the edition’s Markdown pipeline, as exactly the source’s paragraphs, markup characters and all', async () => {
		for (const path of [reference, markup]) await expectReadsBack(read(path), path);
		// The markup fixture holds each character and line start the escaping is for, in both languages.
		const { english, chinese } = read(markup);
		for (const s of ['*', '_', '~', '\\', '`', '[', ']', '<', '&amp;', '  ', 'http://']) {
			expect(english.join(''), s).toContain(s);
			expect(chinese.paragraphs.join(''), s).toContain(s);
		}
		for (const start of ['#', '>', '-', '+', '1.']) {
			expect(english.some((p) => p.startsWith(start)), start).toBe(true);
			expect(chinese.paragraphs.some((p) => p.startsWith(start)), start).toBe(true);
		}
	});

	it('reads back a URL GFM would link wherever it starts: after _, a digit or a Chinese character, with an escaped < after it', async () => {
		// Found by the corpus round trip (seed 558246970): "_http://…" went unescaped, and its link took
		// in the backslash of the "\\<b>" after it, leaving raw HTML.
		const paragraphs = ['社_http://example.org/a?b=c&d」产二<b>确', '1http://example.org<b>', '中https://example.org中<b>', '_www.example.org<b>', 'x_a@b.org<b>'];
		for (const paragraph of paragraphs) expect(await texts(`---\n---\n\n${escapeMarkdown(paragraph)}\n`), paragraph).toEqual([paragraph]);
	});

	it('reads back exactly, through the edition’s Markdown pipeline, for 1,200 generated articles (seeds 1–200 of the corpus round trip’s generator)', async () => {
		// The round trip (tests/build/corpus.test.ts) builds one random seed a run; the escaping alone is
		// cheap enough to try many. Seeds 1–200 held four articles the escaping broke before GFM's URL
		// starts were escaped (one of them changed its text without a problem reported).
		for (let seed = 1; seed <= 200; seed++) {
			for (const file of generatedSources(seed, 6)) await expectReadsBack(parseSource(decodeSource(Buffer.from(file.text), file.name), file.name), `seed ${seed}, ${file.name}`);
		}
	});

	it('takes the record from the header and the Chinese lines: title, byline, date, page, column', () => {
		const article = read(markup);
		expect(article).toMatchObject({ title: 'Markup *stays* text: [a] <b> & 1. the_end', author: '新华社记者', date: '1955-02-28', page: 2, chinese: { title: '标记*照录*：[甲] <乙> & 1. 丙_丁', column: '国际' } });
		// Front matter round-trips the same values through YAML.
		expect(split(articleFiles(article).en).record).toMatchObject({ title: article.title });
		expect(split(articleFiles(article).zh).record).toMatchObject({ title: article.chinese.title, author: '新华社记者', column: '国际', page: 2, date: '1955-02-28' });
	});
});

describe('refusals name the file, the line and the fix', () => {
	const text = readFileSync(reference, 'utf8');
	const cases: [string, string, RegExp][] = [
		['no Original:', text.replace('Original: ', 'Originally: '), /x\.txt:\d+: there is no "Original:" line.*Fix:/],
		['no Chinese paragraphs', text.slice(0, text.indexOf('    全国手工业')), /x\.txt:\d+: there are no Chinese paragraphs.*Fix:/],
		// The paragraph one language lacks, by number, line and first words in both languages; the line is where it belongs.
		[
			'a Chinese paragraph missing',
			text.replace(/\n    会议期间[^\n]*/, ''),
			/x\.txt:33: 6 English paragraphs but 5 Chinese ones: the Chinese seems to lack English ¶2 “During the meeting, Vice Chairman of…” \(line 8\); Chinese ¶1 “【本报讯】全国第四次手工…” \(line 32\) reads as English ¶1, Chinese ¶2 “会议认为，一九五四年的手…” \(line 33\) as English ¶3\. Fix:/,
		],
		[
			'an English paragraph missing',
			text.replace(/\nRegarding the production[^\n]*\n/, '\n'),
			/x\.txt:13: 5 English paragraphs but 6 Chinese ones: the English seems to lack Chinese ¶4 “关于一九五五年的生产任务…” \(line 34\); English ¶3 “The meeting believes that the handicraft…” \(line 10\) reads as Chinese ¶3, English ¶4 “The meeting believes that in order…” \(line 13\) as Chinese ¶5\. Fix:/,
		],
		['an impossible date', text.replace('Date: 1955-01-09', 'Date: 1955-02-30'), /x\.txt:3: "1955-02-30" is not a date that exists.*Fix:/],
		// A date written another way is a matter of form: the message says how to write it.
		['a date in another format', text.replace('Date: 1955-01-09', 'Date: 15 Feb 1955'), /x\.txt:3: "15 Feb 1955" is not written YYYY-MM-DD\. Fix: write YYYY-MM-DD \(here 1955-02-15\)\./],
		['a date in Chinese', text.replace('Date: 1955-01-09', 'Date: 1955年1月9日'), /x\.txt:3: "1955年1月9日" is not written YYYY-MM-DD\. Fix: write YYYY-MM-DD \(here 1955-01-09\)\./],
		['a Chinese date in another format', text.replace('\n1955-01-09\n', '\n1955/1/9\n'), /x\.txt:\d+: expected the date as YYYY-MM-DD, found "1955\/1\/9"\. Fix: write YYYY-MM-DD \(here 1955-01-09\) on the line after the headline\./],
		['dates that disagree', text.replace('\n1955-01-09\n', '\n1955-01-10\n'), /x\.txt:\d+: the Chinese date "1955-01-10" disagrees with "Date: 1955-01-09".*Fix:/],
		['a paragraph over two lines', text.replace('concluded on January 5th. ', 'concluded on January 5th.\n'), /x\.txt:7: an English paragraph runs on over two lines.*Fix:/],
		// Characters no XML document may hold: the TEI and TMX downloads could not carry them.
		['a control character', text.replace('concluded on', 'concluded\u0007 on'), /x\.txt:6:57: the character U\+0007 cannot be published .*Fix:/],
		['U+FFFF in the Chinese', text.replace('全国第四次', '全国\uFFFF第四次'), /x\.txt:\d+:\d+: the character U\+FFFF cannot be published/],
		['a lone surrogate', text.replace('Title: ', 'Title: \uD800'), /x\.txt:1:8: the character U\+D800 cannot be published/],
	];
	for (const [name, source, message] of cases) {
		it(name, () => {
			expect(() => parseSource(source, 'x.txt')).toThrow(message);
		});
	}

	it('accepts a tab inside a paragraph (the TSV downloads escape it)', () => {
		expect(parseSource(text.replace('concluded on', 'concluded\ton'), 'x.txt').english[0]).toContain('concluded\ton');
	});

	it('a file that is not UTF-8', () => {
		const bytes = Buffer.concat([Buffer.from('Title: x\nAuthor:\n'), Buffer.from([0xc4, 0xe3]), Buffer.from('\n')]);
		expect(() => decodeSource(bytes, 'x.txt')).toThrow(/x\.txt:3: the file is not valid UTF-8 .*Fix:/);
	});
});

describe('slugs', () => {
	it('are the date and the English title in lowercase ASCII and hyphens, at most 80 characters, cut where a phrase ends', () => {
		const slug = (title: string) => slugFor({ date: '1955-01-09', title }, new Set());
		// Not …-defines-this-years-production (mid-phrase): before the word that opens the next phrase.
		expect(slug("National Handicraft Work Conference Defines This Year's Production Tasks")).toBe('1955-01-09-national-handicraft-work-conference-defines');
		// Not …-to-actively-prepare-for.
		expect(slug('All Localities Should Mobilise the Masses of Peasants to Actively Prepare for Spring Ploughing and Sowing')).toBe('1955-01-09-all-localities-should-mobilise-the-masses-of-peasants');
		// At punctuation.
		expect(slug('Ministry Issues Directive: Agricultural Producers Cooperatives Must Prepare Thoroughly Now')).toBe('1955-01-09-ministry-issues-directive');
		// No phrase ends in reach: at a word.
		expect(slug('Supercalifragilisticexpialidocious Supercalifragilisticexpialidocious Supercalifragilisticexpialidocious')).toBe('1955-01-09-supercalifragilisticexpialidocious-supercalifragilisticexpialidocious');
		expect(slugFor({ date: '1955-02-28', title: 'Markup *stays* text: [a] <b> & 1. the_end' }, new Set())).toBe('1955-02-28-markup-stays-text-a-b-1-the-end');
	});

	it('take a numbered suffix on a collision', () => {
		const taken = new Set(['1955-01-09-a-report']);
		expect(slugFor({ date: '1955-01-09', title: 'A Report' }, taken)).toBe('1955-01-09-a-report-2');
		taken.add('1955-01-09-a-report-2');
		expect(slugFor({ date: '1955-01-09', title: 'A report!' }, taken)).toBe('1955-01-09-a-report-3');
	});
});

describe('npm run import', () => {
	const script = new URL('../../src/tools/import.ts', import.meta.url).pathname;
	const run = (content: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { env: { ...process.env, EDITION_CONTENT_DIR: content }, encoding: 'utf8' });

	it('imports a folder: new files written, the known one unchanged, a bad one refused with nothing written, the rest going on', () => {
		const root = tempDir('edition-import-');
		const content = join(root, 'content');
		const sources = join(root, 'sources');
		mkdirSync(sources);
		cpSync(committed, join(content, '1955-01-09-national-handicraft-work-conference'), { recursive: true });
		cpSync(reference, join(sources, '000_9fe5e06e1cbca207.txt'));
		cpSync(markup, join(sources, '001_markup.txt'));
		writeFileSync(join(sources, '002_broken.txt'), readFileSync(reference, 'utf8').replace('Original: ', ''));

		const dry = run(content, sources, '--dry-run');
		expect(dry.stdout.trim().split('\n').at(-1)).toBe('dry run: imported 1, unchanged 1, failed 1');
		expect(readdirSync(content)).toEqual(['1955-01-09-national-handicraft-work-conference']);

		const first = run(content, sources);
		expect(first.status).toBe(1);
		expect(first.stdout.trim().split('\n').at(-1)).toBe('imported 1, unchanged 1, failed 1');
		expect(first.stderr).toMatch(/002_broken\.txt:\d+: there is no "Original:" line.*Fix:/);
		expect(readdirSync(content).sort()).toEqual(['1955-01-09-national-handicraft-work-conference', '1955-02-28-markup-stays-text-a-b-1-the-end']);
		expect(readFileSync(join(content, '1955-02-28-markup-stays-text-a-b-1-the-end', 'zh.md'), 'utf8')).toContain('来源文件 001_markup.txt');

		// Importing the same files again changes nothing.
		const again = run(content, join(sources, '000_9fe5e06e1cbca207.txt'), join(sources, '001_markup.txt'));
		expect(again.status).toBe(0);
		expect(again.stdout.trim().split('\n').at(-1)).toBe('imported 0, unchanged 2, failed 0');

		// A corrected source is not written over its article without --force; with it, the slug stays.
		const corrected = join(sources, '001_markup.txt');
		writeFileSync(corrected, readFileSync(markup, 'utf8').replace('stay as written.', 'stay as printed.'));
		const refused = run(content, corrected);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/already holds this source file's article.*--force/);
		expect(readFileSync(join(content, '1955-02-28-markup-stays-text-a-b-1-the-end', 'en.md'), 'utf8')).toContain('stay as written.');
		expect(run(content, corrected, '--force').status).toBe(0);
		expect(readFileSync(join(content, '1955-02-28-markup-stays-text-a-b-1-the-end', 'en.md'), 'utf8')).toContain('stay as printed.');
		expect(existsSync(join(content, '1955-02-28-markup-stays-text-a-b-1-the-end-2'))).toBe(false);
	});

	it('takes the slug an editor chooses (--slug), keeps it on re-import, and refuses one that is not a slug or is taken', () => {
		const root = tempDir('edition-import-');
		const content = join(root, 'content');
		mkdirSync(content);
		const chosen = run(content, markup, '--slug', '1955-02-28-markup');
		expect(chosen.status, chosen.stderr).toBe(0);
		expect(readdirSync(content)).toEqual(['1955-02-28-markup']);
		// Imported again, with or without --slug, the article stays where it is.
		expect(run(content, markup).stdout.trim().split('\n').at(-1)).toBe('imported 0, unchanged 1, failed 0');
		expect(run(content, markup, '--slug=1955-02-28-markup').status).toBe(0);
		const moved = run(content, markup, '--slug', 'another-slug');
		expect(moved.status).toBe(1);
		expect(moved.stderr).toMatch(/already \S*content\/1955-02-28-markup\/, and a published slug never changes\. Fix: import it again without --slug\./);
		expect(run(content, reference, '--slug', '1955-02-28-markup').stderr).toMatch(/--slug 1955-02-28-markup: .*holds another article\. Fix: choose another slug\./);
		expect(run(content, reference, '--slug', 'Not A Slug').stderr).toMatch(/--slug "Not A Slug" is not a slug\. Fix: give lowercase letters, digits and single hyphens/);
		expect(run(content, reference, markup, '--slug', 'two-files').stderr).toMatch(/--slug names the slug of one article, and 2 source files were given/);
		expect(readdirSync(content)).toEqual(['1955-02-28-markup']);
	});
});
