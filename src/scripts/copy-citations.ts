// Copy buttons for citations: made only where JavaScript runs (so none is in the HTML), each
// copies its citation's text and says so in the status region (read out by screen readers).

/** The page's status region, whose data-* hold the interface's words (English by default). */
export function copyStatus(): HTMLElement | null {
	return document.querySelector('.copy-status');
}

/**
 * A button that copies `text` and announces "Copied: `name`." in `status`; `label` is its visible
 * word ("Copy"), and its accessible name adds what it copies.
 */
export function copyButton(text: string, name: string, label: string, status: HTMLElement | null): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-button outline-button';
	button.textContent = label;
	button.setAttribute('aria-label', `${label} ${name}`);
	return wireCopyButton(button, text, name, status);
}

/** Makes `button` copy `text` and announce "Copied: `name`." in `status`. */
function wireCopyButton(button: HTMLButtonElement, text: string, name: string, status: HTMLElement | null): HTMLButtonElement {
	const words = status?.dataset ?? {};
	button.addEventListener('click', async () => {
		try {
			await navigator.clipboard.writeText(text);
			button.dataset.copied = 'true';
			if (status) status.textContent = `${words.copied ?? 'Copied:'} ${name}.`;
		} catch {
			if (status) status.textContent = words.refused ?? 'Copying was refused by the browser; select the text and copy it instead.';
		}
	});
	return button;
}

/**
 * Gives every citation (a `<dd>` of a `.citations` list, after its `<dt>`) under `root` a working Copy
 * button: the one in the HTML (the citation page), or a new one (a Cite panel).
 */
export function enableCopyButtons(root: ParentNode, status: HTMLElement | null = copyStatus()): void {
	for (const dd of root.querySelectorAll<HTMLElement>('.citations dd')) {
		const text = dd.querySelector('.citation-text')?.textContent ?? '';
		const style = dd.previousElementSibling?.textContent?.trim() ?? '';
		const present = dd.querySelector<HTMLButtonElement>('.copy-button');
		if (!present) dd.append(copyButton(text, style, status?.dataset.copy ?? 'Copy', status));
		else if (present.dataset.wired === undefined) {
			wireCopyButton(present, text, style, status);
			present.dataset.wired = '';
		}
	}
}
