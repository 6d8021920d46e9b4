// The text of an element as a reader sees it: its text nodes in order, each with its offset in the joined text, never inside `skip` (the pinyin's <rt>).

/** One text node of an element and where it begins in the element's joined text. */
export interface PlacedText {
	node: Text;
	start: number;
}

/** The text nodes of `root` in document order, outside elements matching `skip`, with their offsets, and the joined text. */
export function textNodes(root: Element, skip = 'rt'): { nodes: PlacedText[]; text: string } {
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: PlacedText[] = [];
	let text = '';
	while (walker.nextNode()) {
		const node = walker.currentNode as Text;
		nodes.push({ node, start: text.length });
		text += node.data;
	}
	return { nodes, text };
}
