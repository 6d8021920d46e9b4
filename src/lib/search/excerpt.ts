// A search excerpt as DOM nodes: the text, the searched words in it marked (text nodes only, so nothing in the text becomes markup).
import { findMatches } from './highlight.ts';

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
