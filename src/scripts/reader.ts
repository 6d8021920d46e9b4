// The only script of the reading pages, and nothing depends on it: `/` focuses the search box,
// arriving from a search result (`?highlight=…#pN`) marks the searched words in that paragraph, and
// an opened Cite panel gets Copy buttons, and the pinyin reading aid is remembered.
import { findMatches } from '../lib/search/highlight.ts';

document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
	const target = event.target as HTMLElement | null;
	if (target?.closest('input, textarea, select, [contenteditable]')) return;
	// The header's box, or on the search page its own query field.
	const box = document.getElementById('site-search') ?? document.getElementById('search-query');
	if (!box) return;
	event.preventDefault();
	box.focus();
});

function highlightArrival(): void {
	const words = new URLSearchParams(location.search).get('highlight')?.split(' ').filter(Boolean);
	const row = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
	if (!words?.length || !row) return;
	// Only the article text of the row: never its number, the header or the navigation.
	for (const text of row.querySelectorAll<HTMLElement>('.text')) markWords(text, words);
	row.dataset.highlighted = String(row.querySelectorAll('mark').length);
}

function markWords(root: HTMLElement, words: string[]): void {
	// Text already marked is skipped, so arriving twice does not nest marks.
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) => (node.parentElement?.closest('mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
	});
	const nodes: Text[] = [];
	while (walker.nextNode()) nodes.push(walker.currentNode as Text);
	for (const node of nodes) {
		const text = node.data;
		const ranges = findMatches(text, words);
		if (!ranges.length) continue;
		const parts = document.createDocumentFragment();
		let from = 0;
		for (const [start, end] of ranges) {
			parts.append(text.slice(from, start));
			const mark = document.createElement('mark');
			mark.textContent = text.slice(start, end);
			parts.append(mark);
			from = end;
		}
		parts.append(text.slice(from));
		node.replaceWith(parts);
	}
}

// A Cite panel, when opened, gets its Copy buttons; their code loads on the first opening only.
// Escape closes the panel and leaves focus on its summary.
document.addEventListener(
	'toggle',
	(event) => {
		const details = event.target as HTMLDetailsElement;
		if (!details.matches?.('details.cite') || !details.open || details.dataset.copy) return;
		details.dataset.copy = 'ready';
		void import('./copy-citations.ts').then(({ enableCopyButtons }) => enableCopyButtons(details));
	},
	// toggle does not bubble.
	true,
);
document.addEventListener('keydown', (event) => {
	const details = (event.target as Element | null)?.closest?.<HTMLDetailsElement>('details.cite[open]');
	if (event.key !== 'Escape' || !details) return;
	details.open = false;
	details.querySelector('summary')?.focus();
});

highlightArrival();
window.addEventListener('hashchange', highlightArrival);

// The pinyin reading aid is remembered: following its switch stores the choice, and a plain page
// opened while it is on goes to its pinyin page (keeping the paragraph and the words to mark).
const PINYIN = 'edition:pinyin';
const toggle = document.querySelector<HTMLAnchorElement>('a.pinyin-toggle');
if (toggle) {
	const on = toggle.dataset.pinyin === 'on';
	toggle.addEventListener('click', () => remember(on ? 'off' : 'on'));
	if (!on && recall() === 'on') location.replace(toggle.href + location.search + location.hash);
}

// Storage can be refused (private modes, settings); the aid then simply is not remembered.
function remember(value: string): void {
	try {
		localStorage.setItem(PINYIN, value);
	} catch {}
}

function recall(): string | null {
	try {
		return localStorage.getItem(PINYIN);
	} catch {
		return null;
	}
}
