/** Escapes text for HTML (a text node or a double-quoted attribute). */
export function escapeText(text: string): string {
	return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

/**
 * Rewrites the text of a paragraph's HTML, leaving its tags as they are. The HTML is what the
 * edition writes (text, entities and the links of notes and glossary terms), never arbitrary markup;
 * `edit` gets each run of text in order, and whether it lies inside a link.
 */
export function mapHtmlText(html: string, edit: (text: string, inLink: boolean) => string): string {
	let links = 0;
	return html
		.split(/(<[^>]+>)/)
		.map((part) => {
			if (!part.startsWith('<')) return edit(part, links > 0);
			if (/^<a[\s>]/.test(part)) links++;
			else if (part === '</a>') links--;
			return part;
		})
		.join('');
}
