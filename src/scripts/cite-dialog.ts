// Opens a paragraph's citations in a dialog over the reading page. Loaded only when a reader first
// clicks a Cite link; without JavaScript the link simply opens the citation page at that section.
import { enableCopyButtons } from './copy-citations.ts';

let citePage: Promise<Document> | undefined;

/** Shows the citations behind a Cite link (`…/cite/#cite-p3`) in a modal dialog. */
export async function openCiteDialog(link: HTMLAnchorElement): Promise<void> {
	const url = new URL(link.href);
	citePage ??= fetch(url.pathname)
		.then((response) => response.text())
		.then((html) => new DOMParser().parseFromString(html, 'text/html'));
	const page = await citePage;
	// The citation page's stylesheets style the dialog too; add the ones this page lacks.
	for (const sheet of page.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
		if (!document.querySelector(`link[rel="stylesheet"][href="${sheet.getAttribute('href')}"]`)) document.head.append(document.importNode(sheet));
	}
	const section = page.getElementById(url.hash.slice(1));
	if (!section) {
		location.href = link.href;
		return;
	}
	let dialog = document.querySelector<HTMLDialogElement>('dialog.cite-dialog');
	if (!dialog) {
		dialog = document.createElement('dialog');
		dialog.className = 'cite-dialog';
		dialog.setAttribute('aria-labelledby', 'cite-dialog-heading');
		document.body.append(dialog);
		dialog.addEventListener('close', () => link.focus());
	}
	const content = document.importNode(section, true);
	content.removeAttribute('id');
	const heading = content.querySelector('h2');
	heading?.setAttribute('id', 'cite-dialog-heading');
	heading?.removeAttribute('class');
	const close = document.createElement('button');
	close.type = 'button';
	close.className = 'dialog-close outline-button';
	close.textContent = 'Close';
	close.addEventListener('click', () => dialog.close());
	const status = document.createElement('p');
	status.className = 'copy-status';
	status.setAttribute('role', 'status');
	const more = document.createElement('p');
	const all = document.createElement('a');
	all.href = link.href;
	all.textContent = 'All citations and downloads';
	more.append(all);
	dialog.replaceChildren(close, content, status, more);
	enableCopyButtons(dialog, status);
	dialog.showModal();
}
