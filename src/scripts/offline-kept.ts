// The offline page's list of the articles this browser keeps: each kept article page, by its title, from the service worker's caches.
const list = document.querySelector<HTMLElement>('.offline-kept');
if (list && 'caches' in window) void listKept(list);

async function listKept(section: HTMLElement): Promise<void> {
	const scope = new URL(section.dataset.base!, location.href).href;
	const names = (await caches.keys()).filter((name) => name.startsWith(`edition ${scope} `));
	const items: HTMLLIElement[] = [];
	for (const name of names) {
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
	}
	if (!items.length) return;
	section.querySelector('p')!.hidden = true;
	section.querySelector('ul')!.replaceChildren(...items);
}
