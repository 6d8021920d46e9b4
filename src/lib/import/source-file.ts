// Reads one source file of the format the edition imports (its reference, tests/fixtures/source/000_9fe5e06e1cbca207.txt;
// docs/data-formats.md): an English header and paragraphs, then `Original:` and the Chinese. Strict:
// anything else is refused with the file, the line and the fix.
import { isIsoDate } from '../dates.ts';
import { SourceError } from '../errors.ts';
import { paragraphGap, type SourceParagraph } from './paragraph-gap.ts';

/** What a source file holds, ready to become an article's two Markdown files. */
export interface SourceArticle {
	/** The file's name, which the articles' `source` fields quote. */
	file: string;
	title: string;
	/** The byline, or null when the `Author:` line is empty. */
	author: string | null;
	date: string;
	page: number;
	english: string[];
	chinese: { title: string; column: string; paragraphs: string[] };
}

/** Decodes a file's bytes as UTF-8, refusing anything that is not (a stray byte would be a wrong character in the text). */
export function decodeSource(bytes: Uint8Array, file: string): string {
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return text.startsWith('\uFEFF') ? text.slice(1) : text;
	} catch {
		const at = firstInvalidByte(bytes);
		throw new SourceError(`${file}:${at.line}: the file is not valid UTF-8 (byte ${at.offset}). Fix: convert it to UTF-8 (e.g. iconv -f GB18030 -t UTF-8), check the characters on that line against the original, and import it again.`);
	}
}

/** Where the first byte that is not UTF-8 is, and its line. */
function firstInvalidByte(bytes: Uint8Array): { offset: number; line: number } {
	for (let end = 1; end <= bytes.length; end++) {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
		} catch {
			const line = bytes.subarray(0, end).filter((b) => b === 0x0a).length + 1;
			return { offset: end - 1, line };
		}
	}
	return { offset: bytes.length, line: bytes.filter((b) => b === 0x0a).length + 1 };
}

/**
 * Characters no XML 1.0 document may hold, so no TEI or TMX download could carry them: C0 controls
 * but tab, line feed and carriage return; U+FFFE and U+FFFF; surrogates not in a pair.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Refuses the first character of `lines` that no XML document may hold, with its line, column and code point. */
function refuseNonXml(lines: string[], file: string): void {
	for (const [i, line] of lines.entries()) {
		const match = NOT_XML.exec(line);
		if (!match) continue;
		const code = `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
		throw new SourceError(
			`${file}:${i + 1}:${[...line.slice(0, match.index)].length + 1}: the character ${code} cannot be published (no XML document, so neither the TEI nor the TMX download, may hold it). ` +
				'Fix: compare the line with the original; delete the character if it is a stray control code, or replace it with the character the original prints.',
		);
	}
}

/** A date as the format writes it. */
const ISO_FORM = /^\d{4}-\d{2}-\d{2}$/;

/** ` (here 1955-02-15)` for a date written another way that names a day (15 Feb 1955, 1955/2/15, 1955年2月15日), else nothing. */
function isoSuggestion(written: string): string {
	const numeric = /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})\D*$/.exec(written.trim());
	const parsed = numeric ? undefined : new Date(`${written} 12:00 UTC`);
	const iso = numeric
		? `${numeric[1]}-${numeric[2]!.padStart(2, '0')}-${numeric[3]!.padStart(2, '0')}`
		: parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : '';
	return iso && isIsoDate(iso) ? ` (here ${iso})` : '';
}

/** Parses a source file's text; every refusal names the file and the line. */
export function parseSource(text: string, file: string): SourceArticle {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	refuseNonXml(lines, file);
	const fail = (line: number, reason: string, fix: string): never => {
		throw new SourceError(`${file}:${line}: ${reason}. Fix: ${fix}`);
	};
	const header = (index: number, key: string): string => {
		const match = new RegExp(`^${key}:(.*)$`).exec(lines[index] ?? '');
		if (!match) fail(index + 1, `expected the header line "${key}: …", found "${lines[index] ?? '(end of file)'}"`, `begin the file with the lines Title:, Author:, Date: and Page:, in that order.`);
		return match![1]!.trim();
	};
	const title = header(0, 'Title');
	if (!title) fail(1, 'the English title is empty', 'write the title after "Title: ".');
	const author = header(1, 'Author');
	const date = header(2, 'Date');
	if (!ISO_FORM.test(date)) fail(3, `"${date}" is not written YYYY-MM-DD`, `write YYYY-MM-DD${isoSuggestion(date)}.`);
	if (!isIsoDate(date)) fail(3, `"${date}" is not a date that exists`, 'write the date of the issue as YYYY-MM-DD, as printed.');
	const pageText = header(3, 'Page');
	if (!/^[1-9]\d*$/.test(pageText)) fail(4, `"${pageText}" is not a page number`, 'write the page as a whole number from 1.');

	const original = lines.findIndex((line) => line.trim() === 'Original:');
	if (original < 0) fail(lines.length, 'there is no "Original:" line, so no Chinese text', 'add the "<hr />" line, then "Original:", then the Chinese headline, date, page and paragraphs, as in the reference file.');
	const rule = lines.slice(0, original).findLastIndex((line) => line.trim() === '<hr />');
	if (rule < 0) fail(original + 1, 'no "<hr />" line before "Original:"', 'put a line "<hr />" between the English text and "Original:".');
	// English paragraphs: one line each, blank lines between them.
	const english: SourceParagraph[] = [];
	for (let i = 4; i < rule; i++) {
		const text = lines[i]!.trim();
		if (!text) continue;
		if (lines[i + 1]?.trim() && i + 1 < rule) fail(i + 2, 'an English paragraph runs on over two lines', 'join the lines of the paragraph into one (as the reference file has each paragraph), or put a blank line between two paragraphs.');
		english.push({ text, line: i + 1 });
	}
	if (!english.length) fail(5, 'there are no English paragraphs', 'write the translation after the header, paragraphs separated by blank lines.');

	// The Chinese part: ### headline, the date, 第N版(栏目), 专栏：…, then the indented paragraphs.
	let at = original + 1;
	const next = () => {
		while (at < lines.length && !lines[at]!.trim()) at++;
		return at < lines.length ? lines[at]!.trim() : undefined;
	};
	const headline = next();
	if (!headline?.startsWith('### ')) fail(at + 1, `expected the Chinese headline as "### …", found "${headline ?? '(end of file)'}"`, 'write the headline after "Original:" as "### " and the title.');
	const chineseTitle = headline!.slice(4).trim();
	at++;
	const dateLine = next();
	if (dateLine !== undefined && !ISO_FORM.test(dateLine)) fail(at + 1, `expected the date as YYYY-MM-DD, found "${dateLine}"`, `write YYYY-MM-DD${isoSuggestion(dateLine)} on the line after the headline.`);
	if (dateLine !== undefined && !isIsoDate(dateLine)) fail(at + 1, `"${dateLine}" is not a date that exists`, 'correct the date after the headline.');
	if (dateLine !== date) fail(at + 1, `the Chinese date "${dateLine}" disagrees with "Date: ${date}" (line 3)`, 'check both against the printed issue and make them the same.');
	at++;
	const pageLine = lines[at]?.trim() ?? '';
	const pageMatch = /^第(\d+)版\((.*)\)$/.exec(pageLine);
	if (!pageMatch) fail(at + 1, `expected the page as "第N版(栏目)", found "${pageLine}"`, 'write the page on the line after the date, the column in the brackets (empty when there is none).');
	if (Number(pageMatch![1]) !== Number(pageText)) fail(at + 1, `the Chinese page ${pageMatch![1]} disagrees with "Page: ${pageText}" (line 4)`, 'check both against the printed issue and make them the same.');
	at++;
	const columnLine = lines[at]?.trim() ?? '';
	if (!columnLine.startsWith('专栏：')) fail(at + 1, `expected the column line "专栏：…", found "${columnLine}"`, 'write "专栏：" and the column (or nothing) on the line after the page.');
	const column = columnLine.slice('专栏：'.length).trim() || pageMatch![2]!.trim();
	at++;
	// One paragraph per non-blank line; the first repeats the headline and is not part of the text.
	const chineseLines = lines.slice(at).map((line, i) => ({ text: line.trim(), line: at + i + 1 })).filter((l) => l.text);
	const [first, ...rest] = chineseLines;
	if (first && first.text !== chineseTitle) fail(first.line, `the first Chinese paragraph should repeat the headline "${chineseTitle}", found "${first.text.slice(0, 20)}…"`, 'keep the headline as the first indented line, as the reference file has it.');
	if (!rest.length) fail(lines.length, 'there are no Chinese paragraphs', 'add the Chinese paragraphs, one per line, after the headline line.');
	if (rest.length !== english.length) {
		const gap = paragraphGap(english, rest);
		fail(gap.line, gap.reason, 'the translation must have a paragraph for every paragraph of the original; compare them there and correct the file (never merge or drop text).');
	}
	return { file, title, author: author || null, date, page: Number(pageText), english: english.map((p) => p.text), chinese: { title: chineseTitle, column, paragraphs: rest.map((l) => l.text) } };
}
