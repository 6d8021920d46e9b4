// Copy buttons for citations: shown only where JavaScript runs, each copies its citation's text and
// says so in the page's status region (read out by screen readers).

/** Reveals and wires the Copy buttons under `root`; `status` is where "Copied" is announced. */
export function enableCopyButtons(root: ParentNode, status: Element | null = document.querySelector('.copy-status')): void {
	for (const button of root.querySelectorAll<HTMLButtonElement>('.copy-button')) {
		const text = button.parentElement?.querySelector('.citation-text')?.textContent ?? '';
		const style = button.closest('.citation')?.querySelector('dt')?.textContent ?? '';
		button.hidden = false;
		button.setAttribute('aria-label', `Copy ${style}`);
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(text);
				button.dataset.copied = 'true';
				if (status) status.textContent = `Copied: ${style}.`;
			} catch {
				if (status) status.textContent = 'Copying was refused by the browser; select the text and copy it instead.';
			}
		});
	}
}
