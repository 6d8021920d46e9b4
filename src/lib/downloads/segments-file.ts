// segments.json's name, which the search page's script reads too (search/segment-hit.ts): kept apart from the downloads' serializers, which the browser must not load.

/** The file name of an article's sentence segments (JSON). */
export const SEGMENTS_FILE = 'segments.json';
