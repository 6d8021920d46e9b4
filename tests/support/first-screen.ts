// Counts the article's characters a reader sees on the first screen: the letters and characters of
// the text's segments ([data-seg], both languages; not the pinyin over them, not white space) whose
// whole box lies inside the viewport. Sent into the page as source text (Playwright and the
// engines' readers alike), so it holds everything it uses.

/** The characters of article text inside the viewport, as the page is scrolled now. */
export function firstScreenCharacters(): number {
	const range = document.createRange();
	let count = 0;
	for (const segment of document.querySelectorAll('[data-seg]')) {
		const walker = document.createTreeWalker(segment, NodeFilter.SHOW_TEXT, {
			acceptNode: (node) => (node.parentElement?.closest('rt, rp') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
		});
		for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
			const text = node.data;
			for (let i = 0; i < text.length; i++) {
				if (/\s/.test(text[i]!)) continue;
				range.setStart(node, i);
				range.setEnd(node, i + 1);
				const box = range.getBoundingClientRect();
				if (box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth) count++;
			}
		}
	}
	return count;
}
