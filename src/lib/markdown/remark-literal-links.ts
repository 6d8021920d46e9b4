// Markdown step: a bare address in the text (GFM's autolink literals: http://…, www.…, an e-mail
// address) stays text. Newspaper text links nothing by itself, escaping does not stop GFM from
// finding them, and a literal ran on through Chinese text across a sentence's end (found by the
// generated round trip, seed 217836333). Links written as [text](url) or <url> are kept.
import type { Link, Parent, Root } from 'mdast';

/** Remark plugin, after remark-gfm: replaces each autolink literal by its text. */
export function remarkLiteralLinks() {
	return (tree: Root, file: { value?: unknown }) => {
		const source = String(file.value ?? '');
		const visit = (parent: Parent): void => {
			const children: Parent['children'][number][] = [];
			for (const node of parent.children) {
				if ('children' in node) visit(node as Parent);
				// A written link begins with [ or <; a literal begins with its own first character.
				const first = node.type === 'link' ? source[node.position?.start.offset ?? -1] : '[';
				if (first === '[' || first === '<') children.push(node);
				else children.push(...(node as Link).children);
			}
			parent.children = children;
		};
		visit(tree);
	};
}
