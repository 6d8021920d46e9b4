/** Escapes text for HTML (a text node or a double-quoted attribute). */
export function escapeText(text: string): string {
	return text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);
}
