// The translation's corrected reading: each correction's reading in place of the received words (or beside them, for an omission), in the same marked link.

// What each correction's link held as received (its words, with any glossary mark inside); its words
// alone stay on it as data-received (for the word links, scripts/word-links.ts).
const received = new Map<Element, string>();

/** Shows the translation as received, or (`corrected`) with the editors' readings, marking the page `data-corrected`. */
export function showReading(value: string): void {
	const corrected = value === 'corrected';
	document.documentElement.toggleAttribute('data-corrected', corrected);
	for (const ref of document.querySelectorAll<HTMLElement>('a[data-reading]')) {
		if (!received.has(ref)) {
			received.set(ref, ref.innerHTML);
			ref.dataset.received = ref.textContent!;
		}
		ref.innerHTML = received.get(ref)!;
		const { reading = '', insert } = ref.dataset;
		if (corrected) ref.textContent = insert === 'before' ? reading + ref.textContent : insert ? ref.textContent + reading : reading;
	}
}

