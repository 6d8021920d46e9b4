import { readdirSync } from 'node:fs';

/** Every HTML page of the built site, as a URL relative to the site's base (`''` is the home page). */
export function builtPages(): string[] {
	const dist = new URL('../../../dist/', import.meta.url);
	return readdirSync(dist, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('index.html'))
		.map((file) => file.replace(/index\.html$/, ''))
		.sort();
}
