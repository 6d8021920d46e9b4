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
