// Search excerpts as safe DOM nodes: Pagefind's (text and <mark> only) and the edition's own marked texts.
import { findMatches } from './highlight.ts';

/**
 * Turns a Pagefind excerpt into nodes that can only be text and `<mark>`: whatever else the
 * excerpt holds (it quotes the sources, which might contain HTML-looking text) never becomes markup.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
	const template = doc.createElement('template');
	// A template's content is inert: nothing in it loads or runs.
	template.innerHTML = excerpt;
	return [...template.content.childNodes].map((node) => {
		if (node.nodeName === 'MARK') {
			const mark = doc.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return doc.createTextNode(node.textContent ?? '');
	});
}

/** A text as nodes, the given words in it wrapped in `<mark>` (see findMatches), or undefined when none occurs. */
export function markedNodes(text: string, words: string[], doc: Document = document): Node[] | undefined {
	const ranges = findMatches(text, words);
	if (!ranges.length) return undefined;
	const nodes: Node[] = [];
	let from = 0;
	for (const [start, end] of ranges) {
		nodes.push(doc.createTextNode(text.slice(from, start)));
		const mark = doc.createElement('mark');
		mark.textContent = text.slice(start, end);
		nodes.push(mark);
		from = end;
	}
	nodes.push(doc.createTextNode(text.slice(from)));
	return nodes;
}
