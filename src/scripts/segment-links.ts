// Links to a paragraph's sentences, added to its Cite panel when first opened (none is in the HTML,
// and they add no tab stop until then), folded at its top: each segment's anchor, its opening words,
// and Copy link.
import { copyButton, copyStatus } from './copy-citations.ts';

/** How much of a segment names it in the list: a few Chinese characters or English words. */
const OPENING = { zh: 14, en: 8 };

export function addSegmentLinks(details: HTMLDetailsElement, status: HTMLElement | null = copyStatus()): void {
	const panel = details.querySelector('.cite-panel');
	const paragraph = details.closest('.paragraph');
	if (!panel || !paragraph || panel.querySelector('.segment-links')) return;
	// The anchored element of each segment: the Chinese where the page shows it, else the English.
	const segments = [...paragraph.querySelectorAll<HTMLElement>('[data-seg][id]')];
	if (!segments.length) return;
	const words = status?.dataset ?? {};
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0];
	// Folded, at the top of the panel: one line above the citations until opened.
	const fold = document.createElement('details');
	fold.className = 'segment-links-fold';
	const summary = document.createElement('summary');
	summary.textContent = `${words.links ?? 'Links to its sentences'} (${segments.length})`;
	const list = document.createElement('dl');
	list.className = 'citations segment-links';
	for (const segment of segments) {
		const dt = document.createElement('dt');
		const link = document.createElement('a');
		link.href = `#${segment.id}`;
		link.textContent = `#${segment.id}`;
		dt.append(link);
		const dd = document.createElement('dd');
		const opening = document.createElement('p');
		opening.className = 'citation-text';
		opening.lang = segment.lang;
		opening.textContent = openingOf(segment);
		dd.append(opening, copyButton(`${canonical}#${segment.id}`, `#${segment.id}`, words.copyLink ?? 'Copy link', status));
		list.append(dt, dd);
	}
	fold.append(summary, list);
	panel.prepend(fold);
}

/** A segment's first words, with an ellipsis when it goes on. */
function openingOf(segment: HTMLElement): string {
	const text = (segment.textContent ?? '').trim();
	const parts = segment.lang === 'en' ? text.split(/\s+/) : [...text];
	const cut = segment.lang === 'en' ? OPENING.en : OPENING.zh;
	return parts.length > cut ? `${parts.slice(0, cut).join(segment.lang === 'en' ? ' ' : '')}…` : text;
}
