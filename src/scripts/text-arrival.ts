// Arriving by a link to words (`#pN-sM:~:text=…`) in a browser without text fragments (the directive
// is then still in the address): the words are marked as a search arrival's are, brought into view,
// and the directive is cleared from the address.
import { findDirective, parseTextDirectives } from '../lib/text-fragment.ts';
import { markRanges } from './highlight-arrival.ts';

/** Marks the words the fragment's text directives find (the address's, or for a test, `hash`). */
export function markTextArrival(hash = location.hash): void {
	const directives = parseTextDirectives(hash);
	const marks = [...document.querySelectorAll<HTMLElement>('.paragraph .text')].flatMap((text) =>
		markRanges(text, (joined) => directives.flatMap((d) => {
			const found = findDirective(joined, d);
			return found ? [found] : [];
		})),
	);
	marks[0]?.scrollIntoView({ block: 'center' });
	const row = marks[0]?.closest<HTMLElement>('.paragraph');
	if (row) row.dataset.highlighted = String(marks.length);
	if (location.href.includes(':~:')) history.replaceState(history.state, '', location.href.split(':~:')[0]);
}
