// Words selected in the reading text (one paragraph, one language) get two tools beside them: Copy
// link (the page's address, the sentence's anchor and a text fragment that finds exactly those words)
// and Cite (the paragraph's citations, quoting them, each with Copy). Loaded on the first selection.
import { copyButton, copyStatus, enableCopyButtons } from './copy-citations.ts';
import { textNodes, type PlacedText } from './text-nodes.ts';
import { textDirective, wholeWords } from '../lib/text-fragment.ts';
import { units } from './word-links.ts';
import { ui, type UiLanguage } from '../lib/ui.ts';
import quoteCss from '../styles/quote.css?url';

const t = ui((document.documentElement.lang === 'zh-Hans' ? 'zh-Hans' : 'en') as UiLanguage);
let tools: HTMLElement | undefined;
let shown: string | undefined;
/** Set while the reader works the tools with the pointer (a click may clear the selection: WebKit's does). */
let pinned = false;
const styled = new Promise<void>((resolve) => {
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: quoteCss });
	link.onload = link.onerror = () => resolve();
	document.head.append(link);
});

/** The offset in an element's reader text (pinyin left out) of a boundary point of a range. */
function offsetOf(nodes: PlacedText[], text: string, container: Node, offset: number): number {
	const own = nodes.find((n) => n.node === container);
	if (own) return own.start + offset;
	const point = document.createRange();
	point.setStart(container, offset);
	return nodes.find((n) => point.comparePoint(n.node, 0) >= 0)?.start ?? text.length;
}

/** What the reader selected, if it lies in one paragraph's text in one language: the words, where and how to link them. */
function selectedQuote() {
	const selection = getSelection();
	if (!selection || selection.isCollapsed || !selection.rangeCount) return undefined;
	const range = selection.getRangeAt(0);
	const block = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('.paragraph .text');
	const text = block(range.startContainer);
	if (!text || text !== block(range.endContainer) || !text.lang) return undefined;
	const row = text.closest<HTMLElement>('.paragraph')!;
	const { nodes, text: joined } = textNodes(text);
	const lang = text.lang;
	const [start, end] = wholeWords(joined, offsetOf(nodes, joined, range.startContainer, range.startOffset), offsetOf(nodes, joined, range.endContainer, range.endOffset), lang);
	if (start >= end) return undefined;
	const quote = joined.slice(start, end);
	// The sentence holding the words' start: its anchor, or the paragraph's where it has none (unpaired).
	const first = nodes.findLast((n) => n.start <= start)!.node.parentElement!;
	const seg = first.closest<HTMLElement>('[data-seg]')?.dataset.seg ?? '';
	const anchor = /-s\d+$/.test(seg) ? seg : row.id;
	// How often the words occur on the page: more than once, and the link carries their context.
	const page = textNodes(document.body, 'rt, script, style').text;
	let occurrences = 0;
	for (let at = page.indexOf(quote); at >= 0 && occurrences < 2; at = page.indexOf(quote, at + 1)) occurrences++;
	const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0]!;
	// Words the reader sees in the editors' reading (reading-choice.ts) are quoted as such; their link
	// finds the received words in their place, as the page shows them to a reader who has not chosen
	// the corrected reading (with their context, since the received words were not counted).
	const corrected = document.documentElement.hasAttribute('data-corrected') && [...text.querySelectorAll('a[data-reading]')].some((a) => range.intersectsNode(a));
	const directive = corrected ? textDirective(...receivedSpan(row, lang, nodes, start, end), lang, 2) : textDirective(joined, start, end, lang, occurrences);
	return { row, text, range, quote, corrected, link: `${canonical}#${anchor}:~:${directive}` };
}

/**
 * A paragraph's received text in `lang` and where the shown [start, end) lies in it: a boundary in a
 * shown correction takes its received words whole (word-links.ts's units).
 */
function receivedSpan(row: HTMLElement, lang: string, nodes: PlacedText[], start: number, end: number): [string, number, number] {
	const found = units(row, lang);
	const received = found.map((u) => ('node' in u ? u.node.data : (u.mark as HTMLElement).dataset.received!)).join('');
	const at = (offset: number, isEnd: boolean): number => {
		const shown = nodes.findLast((n) => (isEnd ? n.start < offset : n.start <= offset))!;
		const unit = found.find((u) => ('node' in u ? u.node === shown.node : u.mark.contains(shown.node)))!;
		if ('node' in unit) return unit.start + offset - shown.start;
		return isEnd ? unit.start + unit.size : unit.start;
	};
	return [received, at(start, false), at(end, true)];
}

/** The paragraph's citations (as its Cite panel holds them), each quoting the words and linking them. */
function quotedCitations(row: HTMLElement, quote: string, link: string, corrected: boolean): HTMLElement {
	const list = document.createElement('dl');
	list.className = 'citations';
	const paragraphUrl = new RegExp(`https?://\\S*#${row.id}(?![\\w-])`, 'g');
	for (const cited of row.querySelectorAll('details.cite .citations:not(.segment-links) .citation-text')) {
		const dt = document.createElement('dt');
		dt.textContent = cited.closest('dd')?.previousElementSibling?.textContent ?? '';
		const dd = document.createElement('dd');
		const p = document.createElement('p');
		p.className = 'citation-text';
		if (cited.getAttribute('lang')) p.lang = cited.getAttribute('lang')!;
		p.textContent = `“${quote}”${corrected ? ` [${t.quotedCorrected}]` : ''} ${(cited.textContent ?? '').replace(paragraphUrl, link)}`;
		dd.append(p);
		list.append(dt, dd);
	}
	enableCopyButtons(list);
	return list;
}

function hide(): void {
	tools?.remove();
	shown = undefined;
}

/** Shows (or moves) the tools beside the selected words, in the row, after their text (so Tab reaches them). */
async function offer(): Promise<void> {
	if (pinned || tools?.contains(document.activeElement)) return;
	const found = selectedQuote();
	if (!found) return hide();
	if (shown === found.link && tools?.isConnected) return;
	await styled;
	shown = found.link;
	const status = copyStatus();
	tools?.remove();
	tools = document.createElement('div');
	tools.className = 'quote-tools';
	tools.setAttribute('role', 'group');
	tools.setAttribute('aria-label', t.selectedWords);
	tools.dataset.link = found.link;
	tools.addEventListener('pointerdown', () => (pinned = true));
	const copy = copyButton(found.link, t.linkToWords, t.copyLink, status);
	const cite = document.createElement('button');
	cite.type = 'button';
	cite.className = 'outline-button quote-cite-button';
	cite.textContent = t.citeWords;
	cite.setAttribute('aria-expanded', 'false');
	const panel = document.createElement('div');
	panel.className = 'quote-cite';
	panel.setAttribute('role', 'region');
	panel.setAttribute('aria-label', t.citeWordsTitle);
	panel.hidden = true;
	cite.addEventListener('click', () => {
		if (panel.hidden) panel.replaceChildren(quotedCitations(found.row, found.quote, found.link, found.corrected));
		panel.hidden = !panel.hidden;
		cite.setAttribute('aria-expanded', String(!panel.hidden));
		if (!panel.hidden) panel.querySelector<HTMLElement>('.copy-button')?.focus();
	});
	tools.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		event.preventDefault();
		if (!panel.hidden) {
			panel.hidden = true;
			cite.setAttribute('aria-expanded', 'false');
			cite.focus();
		} else {
			pinned = false;
			hide();
		}
	});
	tools.append(copy, cite, panel);
	// Under the selection's last line, inside the row (which is positioned).
	const box = [...found.range.getClientRects()].at(-1) ?? found.range.getBoundingClientRect();
	const rowBox = found.row.getBoundingClientRect();
	tools.style.top = `${box.bottom - rowBox.top + 4}px`;
	tools.style.left = `${Math.max(0, Math.min(box.left - rowBox.left, rowBox.width - 220))}px`;
	found.text.after(tools);
}

let timer: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('selectionchange', () => {
	clearTimeout(timer);
	// When the selection has settled (a drag goes on changing it).
	timer = setTimeout(() => void offer(), 150);
});
document.addEventListener('pointerdown', (event) => (pinned = Boolean(tools?.contains(event.target as Node))), true);
document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape' && tools?.isConnected && !tools.contains(event.target as Node)) hide();
});
void offer();
