// Copy buttons for citations: made only where JavaScript runs (so none is in the HTML), each
// copies its citation's text and says so in the status region (read out by screen readers).

/**
 * Adds a Copy button to every citation (a `<dd>` of a `.citations` list, after its `<dt>`) under
 * `root`; `status` is where "Copied" is announced, in the words its data-* give (English by default).
 */
export function enableCopyButtons(root: ParentNode, status: HTMLElement | null = document.querySelector('.copy-status')): void {
	const words = status?.dataset ?? {};
	for (const dd of root.querySelectorAll<HTMLElement>('.citations dd')) {
		if (dd.querySelector('.copy-button')) continue;
		const text = dd.querySelector('.citation-text')?.textContent ?? '';
		const style = dd.previousElementSibling?.textContent?.trim() ?? '';
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'copy-button outline-button';
		button.textContent = words.copy ?? 'Copy';
		button.setAttribute('aria-label', `${words.copy ?? 'Copy'} ${style}`);
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(text);
				button.dataset.copied = 'true';
				if (status) status.textContent = `${words.copied ?? 'Copied:'} ${style}.`;
			} catch {
				if (status) status.textContent = words.refused ?? 'Copying was refused by the browser; select the text and copy it instead.';
			}
		});
		dd.append(button);
	}
}
