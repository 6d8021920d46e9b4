// The offline page's list of the articles this browser keeps: each kept article page, by its title, from
// the cache of the release whose worker serves this page (another release's cache, half kept or about to
// be deleted, is not what the worker reads from).
const list = document.querySelector<HTMLElement>('.offline-kept');
const servedBy = navigator.serviceWorker?.controller;
if (list && servedBy && 'caches' in window) void listKept(list, servedBy);

/** The name of the cache the worker reads from, as it answers `{ release }`; undefined if it does not answer. */
function releaseCache(worker: ServiceWorker): Promise<string | undefined> {
	return new Promise((done) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = (event: MessageEvent<{ cache?: string }>) => done(event.data.cache);
		worker.postMessage({ release: true }, [channel.port2]);
		setTimeout(() => done(undefined), 5000);
	});
}

async function listKept(section: HTMLElement, worker: ServiceWorker): Promise<void> {
	const scope = new URL(section.dataset.base!, location.href).href;
	const name = await releaseCache(worker);
	if (!name?.startsWith(`edition ${scope} `) || !(await caches.has(name))) return;
	const items: HTMLLIElement[] = [];
	const cache = await caches.open(name);
	for (const request of await cache.keys()) {
		if (!/\/articles\/[^/]+\/$/.test(new URL(request.url).pathname)) continue;
		const html = await (await cache.match(request))!.text();
		const heading = new DOMParser().parseFromString(html, 'text/html').querySelector('h1');
		// The article's title in each language, as its heading gives them.
		const title = (heading?.children.length ? [...heading.children].map((part) => part.textContent!.trim()).join(' · ') : heading?.textContent?.trim()) || request.url;
		const item = document.createElement('li');
		const link = item.appendChild(document.createElement('a'));
		link.href = request.url;
		link.textContent = title;
		items.push(item);
	}
	if (!items.length) return;
	section.querySelector('p')!.hidden = true;
	section.querySelector('ul')!.replaceChildren(...items);
}
