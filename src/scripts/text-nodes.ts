// The text of an element as a reader sees it: its text nodes in order, each with its offset in the joined text, never inside `skip` (the pinyin's <rt>); and the text position under a point.

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

/**
 * The text position under a point: the standard caretPositionFromPoint, or where a browser lacks it
 * (WebKit before Safari 26.2, and WebKitGTK) the older caretRangeFromPoint, which every engine that
 * lacks the first has.
 */
export function caretAt(x: number, y: number): { node: Node | undefined; offset: number } {
	if (document.caretPositionFromPoint) {
		const caret = document.caretPositionFromPoint(x, y);
		return { node: caret?.offsetNode, offset: caret?.offset ?? 0 };
	}
	const range = document.caretRangeFromPoint?.(x, y);
	return { node: range?.startContainer, offset: range?.startOffset ?? 0 };
}
