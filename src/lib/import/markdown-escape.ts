// A paragraph of source text as Markdown that the edition's pipeline reads back as exactly that text.

/** ASCII punctuation Markdown (CommonMark with GFM) can read as markup anywhere in a line. */
const INLINE = /[\\`*_~[\]<&|]/g;

/**
 * Escapes a paragraph so the Markdown pipeline gives back the same characters: every character
 * Markdown could read as markup gets a backslash (CommonMark lets any ASCII punctuation be escaped);
 * a paragraph that starts like a heading, quote, list item or rule has its first mark escaped; GFM's
 * bare-URL and e-mail autolinks get their `:`, `.` or `@` escaped too, though GFM links them all the
 * same (the pipeline turns them back into text: markdown/remark-literal-links.ts); runs of spaces, which
 * Markdown keeps but HTML collapses, stay as they are (the text is compared, not the rendering).
 */
export function escapeMarkdown(paragraph: string): string {
	let out = paragraph.replace(INLINE, (c) => `\\${c}`);
	// Block starts: # heading, > quote, - + list or rule, = setext, 1. 1) ordered list.
	out = out.replace(/^([#>+=-])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
	// GFM autolinks: http(s)://, www., and e-mail addresses. GFM starts a URL after any character but
	// a Latin letter (`_http://`, `1http://`, `中http://`; a word boundary, \b, missed the first two,
	// and the URL then took in the backslash of an escaped `<` after it), and www. after `_` too.
	out = out.replace(/(?<![a-z])(https?|ftp):/gi, '$1\\:').replace(/(?<![a-z0-9])www\./gi, 'www\\.').replace(/([\w.+-])@([\w-])/g, '$1\\@$2');
	return out;
}
