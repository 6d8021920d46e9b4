// Offline reading: registers the edition's service worker (service-worker.ts) once the page has loaded.
// A new release that takes over reloads the pages the old one served itself (its activate), whenever it comes.
if (navigator.serviceWorker) addEventListener('load', () => navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined));
