// The browsing pages' control that keeps a year or the whole edition for reading offline: asks the
// service worker (service-worker.ts) how much that is, then keeps it at the reader's word, with progress.
interface Answer {
	bytes?: number;
	keptBytes?: number;
	kept?: number;
	of?: number;
	done?: boolean;
	failed?: string;
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

for (const control of document.querySelectorAll<HTMLElement>('.keep-offline')) enable(control);

function enable(control: HTMLElement): void {
	const workers = navigator.serviceWorker;
	if (!workers) return void (control.hidden = true);
	const strings = JSON.parse(control.dataset.strings!) as Record<'size' | 'progress' | 'kept' | 'failed', string>;
	const parts = [control.dataset.part!];
	const button = control.querySelector('button')!;
	const status = control.querySelector<HTMLElement>('.keep-offline-status')!;
	const progress = control.querySelector('progress')!;
	// Unseen (its room kept: nothing shifts) until the worker answers the first measure: a control that cannot keep anything never shows.
	button.style.visibility = 'hidden';
	const ask = (message: object, listen: (answer: Answer) => void) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event: MessageEvent<Answer>) => listen(event.data);
		// The worker active now (a new release may have taken over since the page loaded).
		void workers.ready.then((registration) => registration.active?.postMessage(message, [channel.port2]));
	};
	const show = ({ bytes = 0, keptBytes = 0 }: Answer) => {
		const whole = keptBytes >= bytes;
		status.textContent = whole ? strings.kept.replace('{size}', megabytes(bytes)) : strings.size.replace('{size}', megabytes(bytes - keptBytes));
		// Kept whole (a small edition is, in the background, after the first visit): the button goes, its room stays.
		button.style.visibility = whole ? 'hidden' : '';
		button.disabled = whole;
		control.dataset.kept = String(whole);
	};
	ask({ measure: parts }, show);
	button.addEventListener('click', () => {
		button.disabled = true;
		progress.hidden = false;
		// Kept past the browser's eviction of unused storage (WebKit: after 7 days without a visit) where it grants it.
		void navigator.storage?.persist?.().catch(() => undefined);
		ask({ keep: parts }, (answer) => {
			if (answer.failed) {
				status.textContent = strings.failed;
				progress.hidden = true;
				button.disabled = false;
			} else if (answer.done) {
				progress.hidden = true;
				show(answer);
			} else {
				progress.max = answer.of!;
				progress.value = answer.kept!;
				status.textContent = strings.progress.replace('{kept}', String(answer.kept)).replace('{of}', String(answer.of));
			}
		});
	});
}
