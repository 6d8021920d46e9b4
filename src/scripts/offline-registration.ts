// Offline reading: registers the edition's service worker (service-worker.ts) once the page has loaded,
// and reloads a page of an old release when a new one takes over, so no page mixes two releases.
const workers = navigator.serviceWorker;
if (workers) {
	addEventListener('load', () => {
		const updating = Boolean(workers.controller);
		workers.addEventListener('controllerchange', () => updating && location.reload());
		workers.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
	});
}
