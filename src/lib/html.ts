// The two helpers every writer of the edition's HTML and XML uses: escaping, and walking the text of
// a paragraph's HTML.

/** Escapes text for HTML or XML (a text node or a double-quoted attribute). */
export function escapeText(text: string): string {
	return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}

/** Text as the Markdown pipeline writes it in a paragraph's HTML (`&` as `&#x26;`, `<` as `&#x3C;`), to find it there. */
export function markdownText(text: string): string {
	return text.replace(/&/g, '&#x26;').replace(/</g, '&#x3C;');
}

/** The characters (code points) of a run of HTML text: an entity (`&#x26;`) is one character of the plain text. */
export function htmlCharacters(run: string): string[] {
	return run.match(/&[^;\s]+;|[\s\S]/gu) ?? [];
}

/** The same in UTF-16 units, the unit of string offsets (`indexOf`): an astral character is two. */
export function htmlUnits(run: string): string[] {
	return run.match(/&[^;\s]+;|[\s\S]/g) ?? [];
}

/**
 * Rewrites the text of a paragraph's HTML, leaving its tags as they are. The HTML is what the
 * edition writes (text, entities and the links of notes and glossary terms), never arbitrary markup;
 * `edit` gets each run of text in order, whether it lies inside a link, and where the run starts in
 * the paragraph's plain text (in UTF-16 units, an entity counting as one).
 */
export function mapHtmlText(html: string, edit: (text: string, inLink: boolean, start: number) => string): string {
	let links = 0;
	let at = 0;
	return html
		.split(/(<[^>]+>)/)
		.map((part) => {
			if (!part.startsWith('<')) {
				const start = at;
				at += htmlUnits(part).length;
				return edit(part, links > 0, start);
			}
			if (/^<a[\s>]/.test(part)) links++;
			else if (part === '</a>') links--;
			return part;
		})
		.join('');
}
