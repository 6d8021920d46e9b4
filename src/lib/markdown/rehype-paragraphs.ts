// Markdown step: records each paragraph's HTML and text, numbered.
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { sourceData, type SourceFile } from './source-data.ts';

/**
 * Rehype plugin: numbers the top-level paragraphs of a source file (1, 2, 3 …) and records each
 * one's HTML and text, so pages can align the original and the translation row by row.
 */
export function rehypeParagraphs() {
	return (tree: Root, file: SourceFile) => {
		const data = sourceData(file);
		data.paragraphs = [];
		for (const node of tree.children) {
			if (node.type !== 'element' || node.tagName !== 'p') continue;
			data.paragraphs.push({
				n: data.paragraphs.length + 1,
				html: toHtml(node.children),
				text: toString(node),
			});
		}
	};
}
