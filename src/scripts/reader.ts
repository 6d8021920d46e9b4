// The only script of the reading pages, and nothing depends on it: `/` focuses the search box,
// arriving from a search result (`?highlight=…#pN`) marks the searched words in that paragraph, an
// opened Cite panel gets Copy buttons (and a paragraph's, links to its sentences), the pinyin reading
// aid, the parallel view's layout and the translation's reading are remembered, tapping a sentence shows its translation, and
// tapping a Chinese word looks it up, and selected words get a link to them and citations quoting them.

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

// Arriving from a search result (`?highlight=…#pN-sM`): its code loads only then.
function highlightArrival(): void {
	if (new URLSearchParams(location.search).has('highlight')) void import('./highlight-arrival.ts').then((m) => m.markArrival());
}

// A Cite panel, when opened, gets its Copy buttons and sentence links; their code loads on the first opening only.
// Escape closes the panel and leaves focus on its summary.
document.addEventListener(
	'toggle',
	(event) => {
		const details = event.target as HTMLDetailsElement;
		if (!details.matches?.('details.cite') || !details.open || details.dataset.copy) return;
		details.dataset.copy = 'ready';
		void import('./cite-panel.ts').then((m) => m.openCitePanel(details));
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

// Selected words get a link to them and citations quoting them; that code loads on the first selection.
document.addEventListener('selectionchange', function first() {
	if (!String(getSelection()).trim()) return;
	document.removeEventListener('selectionchange', first);
	void import('./quote-selection.ts');
});
// A link to words in a browser without text fragments (the directive left in the address): marked here.
if (location.hash.includes(':~:')) void import('./text-arrival.ts').then((m) => m.markTextArrival());

// The pinyin reading aid is remembered: following its switch stores the choice, and a plain page
// opened while it is on goes to its pinyin page (keeping the paragraph and the words to mark).
const PINYIN = 'edition:pinyin';
const toggle = document.querySelector<HTMLAnchorElement>('a.pinyin-toggle');
if (toggle) {
	const on = toggle.dataset.pinyin === 'on';
	toggle.addEventListener('click', () => remember(PINYIN, on ? 'off' : 'on'));
	if (!on && recall(PINYIN) === 'on') location.replace(toggle.href + location.search + location.hash);
}

// The layout the reader chose and the translation's reading (radio buttons that work by CSS alone,
// but for "tap for the English" and the corrected reading: .needs-script) are remembered and restored.
// The corrected reading's code (reading-choice.ts) loads when it is chosen.
function rememberChoice(selector: string, key: string, chose?: (value: string) => void): void {
	const choice = document.querySelector(selector);
	if (!choice) return;
	const chosen = choice.querySelector<HTMLInputElement>(`[value="${recall(key)}"]`);
	if (chosen) chosen.checked = true;
	if (chosen && chosen.defaultChecked === false) chose?.(chosen.value);
	choice.addEventListener('change', (event) => {
		const { value } = event.target as HTMLInputElement;
		remember(key, value);
		chose?.(value);
	});
}
rememberChoice('.layout-choice:not(.reading-choice)', 'edition:layout');
rememberChoice('.reading-choice', 'edition:reading', (value) => void import('./reading-choice.ts').then((m) => m.showReading(value)));

// Tap for the English: a tap on a Chinese sentence shows or hides its translation (data-shown; see
// edition.css). Not a tap on a link inside it, and not the end of selecting text.
document.addEventListener('click', (event) => {
	const target = event.target as Element;
	const sentence = target.closest?.<HTMLElement>('[data-seg][lang="zh-Hans"]');
	if (!sentence || target.closest('a') || !document.querySelector('[value="reveal"]:checked') || String(getSelection())) return;
	for (const shown of sentence.closest('.paragraph')!.querySelectorAll(`[data-seg="${sentence.dataset.seg}"][lang="en"]`)) shown.toggleAttribute('data-shown');
});

// Word lookup: the toolbar's button, or a tap on a word of the Chinese text (not a note's phrase, not
// the end of a selection, not while a tap shows the English), opens its dictionary entry, and a tap
// on an English word (not a link; in every layout) the entry of the Chinese word it renders. A glossary link tapped
// opens the entry with its glossary line; without this script it is a plain link. A mouse's first
// move over the text (where the page shows the English) loads the lookup, which from then on marks
// the link of the word under the mouse.
const lookup = document.querySelector<HTMLButtonElement>('.word-lookup-start');
if (lookup) {
	document.addEventListener('click', (event) => {
		const target = event.target as Element;
		const text = target.closest?.<HTMLElement>('.paragraph .text');
		const onWord = text && (text.lang === 'en' ? !target.closest('a') : !target.closest('.note-ref') && !document.querySelector('[value="reveal"]:checked'));
		if (!lookup.contains(target) && (!onWord || event.button || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || String(getSelection()))) return;
		if (target.closest('a')) event.preventDefault();
		void import('./word-lookup.ts').then((m) => m.lookUp(event, lookup));
	});
	// Where the page shows the English (the marks are of both languages).
	if (document.querySelector('.text[lang="en"]')) {
		document.addEventListener('pointermove', function first(event) {
			if (event.pointerType !== 'mouse' || !(event.target as Element).closest?.('.paragraph .text')) return;
			document.removeEventListener('pointermove', first);
			void import('./word-lookup.ts').then((m) => m.follow(event, lookup));
		});
	}
}

// Storage can be refused (private modes, settings); a choice then simply is not remembered.
function remember(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {}
}

function recall(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}
import './offline-registration.ts';
