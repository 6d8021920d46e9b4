// Markdown step: refuses anything in an article source that is not plain paragraphs of text.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Root, RootContent, PhrasingContent } from 'mdast';
import { bodyLineOffset, problemAt, sourceData, type SourceFile } from './source-data.ts';
import { checkWrittenDates } from './written-dates.ts';

// Article text is a newspaper's running text: paragraphs of words. Everything else Markdown can
// express (raw HTML, headings, lists, images, footnotes) is either unsafe or belongs to another
// layer of the edition (titles to front matter, notes to the notes layer), so it is refused with
// its place in the file rather than silently published.
const HTML_FIX = 'Remove it, or escape "<" as "\\<" if it is part of the text.';
const BLOCK_ADVICE = {
	html: `Raw HTML is not allowed in article text. ${HTML_FIX}`,
	heading: 'Headings are not article text: put the title in the front matter (`title`).',
	list: 'Lists are not supported in article text: write each item as its own paragraph.',
	code: 'Code blocks are not article text. If the text is indented, remove the indentation.',
	blockquote: 'Block quotes are not supported in article text: remove the leading ">".',
	thematicBreak: 'Thematic breaks (---, ***) are not article text: remove the line.',
	table: 'Tables are not supported in article text.',
	footnoteDefinition: 'Footnotes are not article text: editorial notes belong to the notes layer.',
	definition: 'Link reference definitions are not allowed in article text.',
} as Record<string, string> & { html: string; footnoteDefinition: string };

const PHRASING_ALLOWED = new Set(['text', 'emphasis', 'strong', 'delete', 'link']);
const SAFE_URL = /^(https?:|mailto:|#)/i;

/** Remark plugin: checks that a source file's body is plain article paragraphs and records what is not. */
export function remarkArticleText() {
	return (tree: Root, file: SourceFile) => {
		const data = sourceData(file);
		const raw = readSource(file.path);
		if (raw?.badChar !== undefined) {
			// Astro decodes invalid UTF-8 into U+FFFD without a word; the edition must not publish that.
			const before = raw.text.slice(0, raw.badChar).split('\n');
			data.problems.push({
				line: before.length,
				column: before.at(-1)!.length + 1,
				reason: 'The file is not valid UTF-8: a byte here cannot be decoded.',
				fix: 'Save the file as UTF-8 (without BOM) and check the characters on that line against the source.',
			});
		}
		if (raw) data.problems.push(...checkWrittenDates(raw.text));
		const offset = bodyLineOffset(raw?.text, String(file.value ?? ''));
		const report = (node: RootContent, reason: string, fix: string) =>
			data.problems.push(problemAt(node, offset, reason, fix));

		if (tree.children.length === 0) {
			data.problems.push({
				line: 1,
				column: 1,
				reason: 'The file has no text: an article needs at least one paragraph.',
				fix: 'Write the text below the front matter, one paragraph per line, with a blank line between paragraphs.',
			});
		}
		for (const block of tree.children) {
			if (block.type !== 'paragraph') {
				report(block, `Found ${block.type} where a paragraph was expected.`, BLOCK_ADVICE[block.type] ?? 'Write the text as plain paragraphs.');
				continue;
			}
			checkPhrasing(block.children, report);
		}
	};
}

function checkPhrasing(
	nodes: PhrasingContent[],
	report: (node: RootContent, reason: string, fix: string) => void,
): void {
	for (const node of nodes) {
		if (node.type === 'text' && node.value.includes('\n')) {
			// A soft line break becomes a space in HTML, which puts spaces between Chinese characters
			// and changes the text: a paragraph must be one line.
			report(node, 'A paragraph continues on the next line.', 'Join the lines: each paragraph is one line, paragraphs are separated by a blank line.');
		} else if (node.type === 'break') {
			report(node, 'Hard line break inside a paragraph.', 'Remove the trailing backslash or double space: each paragraph is one line.');
		} else if (node.type === 'html') {
			report(node, 'Raw HTML is not allowed in article text.', HTML_FIX);
		} else if (node.type === 'footnoteReference') {
			report(node, 'Footnote references are not article text.', BLOCK_ADVICE.footnoteDefinition);
		} else if (node.type === 'link' && !SAFE_URL.test(node.url)) {
			report(node, `Link to "${node.url}" is not allowed: only http(s), mailto and #anchors are.`, 'Remove the link or give it an https:// address.');
		} else if (!PHRASING_ALLOWED.has(node.type)) {
			report(node, `Found ${node.type} inside a paragraph.`, 'Article text allows only words, *emphasis*, **strong** and safe links.');
		}
		if ('children' in node) checkPhrasing(node.children as PhrasingContent[], report);
	}
}

/** Reads the source file as it is on disk; `badChar` is where the first undecodable byte sits in `text`. */
function readSource(path: string | undefined): { text: string; badChar?: number } | undefined {
	if (!path) return undefined;
	let bytes: Buffer;
	try {
		bytes = readFileSync(path.startsWith('file:') ? fileURLToPath(path) : path);
	} catch {
		return undefined;
	}
	const text = bytes.toString('utf8');
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text };
	} catch {
		// The lenient decoding put U+FFFD where the bytes were invalid.
		return { text, badChar: Math.max(0, text.indexOf('\uFFFD')) };
	}
}
