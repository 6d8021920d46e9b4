// The API's addresses: the RFC 6570 templates a client is given, and the file each expansion names.

/** The API's folder under the site's base. */
export const DTS_FOLDER = 'api/dts/';
/** The Entry endpoint's file name in that folder: a JSON file of its own (a URL ending in / serves HTML). */
export const DTS_ENTRY = 'entry.json';

/** The two values of the Collection endpoint's `nav`: a collection's members, or what it is a member of. */
export type Nav = 'children' | 'parents';

/**
 * The templates and the URLs they expand to, one place. Every parameter is in the path, so that each
 * expansion is a file a plain static host serves: `{/id}` is `/1955`, `{;nav}` is `;nav=parents`,
 * `{;down}` is `;down=-1`, `{/ref,start}` is `/p3` (a unit, or the first of a range: `ref` and
 * `start` are never given together) and `{;end}` is `;end=p4`. The URLs without a range are those
 * the API had before ranges; a range's files lie beside its Resource's other files (`x.zh;down=1/p2;end=p4.json`),
 * in no folder of their own: at 1000 articles there are some hundreds of thousands of them.
 */
export function dtsUrls(site: string) {
	const api = `${site}${DTS_FOLDER}`;
	const nav = (value?: Nav) => (value ? `;nav=${value}` : '');
	// A unit (`/p3`) or a range (`/p2;end=p4`).
	const path = (ref?: string, end?: string) => `${ref ? `/${ref}` : ''}${end ? `;end=${end}` : ''}`;
	return {
		entry: `${api}${DTS_ENTRY}`,
		collectionTemplate: `${api}collection{/id}{;nav}.json`,
		navigationTemplate: `${api}navigation/{resource}{;down}{/ref,start}{;end}.json`,
		documentTemplate: `${api}document/{resource}{/ref,start}{;end}.xml`,
		/** A collection's own Collection template: its id filled in, `nav` left to the client. */
		collectionOf: (id: string) => `${api}collection/${id}{;nav}.json`,
		collection: (id?: string, value?: Nav) => `${api}collection${id ? `/${id}` : ''}${nav(value)}.json`,
		navigation: (resource: string, down?: number, ref?: string, end?: string) => `${api}navigation/${resource}${down === undefined ? '' : `;down=${down}`}${path(ref, end)}.json`,
		document: (resource: string, ref?: string, end?: string) => `${api}document/${resource}${path(ref, end)}.xml`,
	};
}

export type DtsUrls = ReturnType<typeof dtsUrls>;
