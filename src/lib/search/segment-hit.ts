// What the search page reads besides the index: an article's published segments.json.
import { SEGMENTS_FILE } from '../downloads/segments-file.ts';
import type { SegmentRow } from '../downloads/segments.ts';

/** One segment as segments.json publishes it: what the search page reads of a row. */
export type HitSegment = Pick<SegmentRow, 'id' | 'paragraph' | 'zh' | 'en' | 'corrected'>;

/** The address of an article's segments.json, from a result's URL (the parallel page, with base). */
export function segmentsUrl(resultUrl: string): string {
	return `${resultUrl.split(/[?#]/)[0]}${SEGMENTS_FILE}`;
}
