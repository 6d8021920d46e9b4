// Where a reader points at words: run in the page (self-contained, as the e2e specs and the engines' journeys send it).

/** The centre of the middle character of the first occurrence of `words` in a row's text in `lang` (links too, never pinyin), scrolled to the centre. */
export function textPoint([paragraph, lang, words]: [string, string, string]): { x: number; y: number } | null {
	const walker = document.createTreeWalker(document.querySelector(`#${paragraph} .text[lang="${lang}"]`)!, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement!.closest('rt') ? 2 : 1) });
	while (walker.nextNode()) {
		const node = walker.currentNode as Text;
		const at = node.data.indexOf(words);
		if (at < 0) continue;
		node.parentElement!.scrollIntoView({ block: 'center' });
		const range = document.createRange();
		range.setStart(node, at + (words.length >> 1));
		range.setEnd(node, at + (words.length >> 1) + 1);
		const box = range.getBoundingClientRect();
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	}
	return null;
}

