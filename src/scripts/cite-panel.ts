// What an opened Cite panel gets, loaded on the first opening only: Copy buttons for its citations,
// and in a paragraph's panel, links to the paragraph's sentences.
import { enableCopyButtons } from './copy-citations.ts';
import { addSegmentLinks } from './segment-links.ts';

export function openCitePanel(details: HTMLDetailsElement): void {
	enableCopyButtons(details);
	addSegmentLinks(details);
}
