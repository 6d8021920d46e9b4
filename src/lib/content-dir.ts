// Where the edition's content folder is (content/, or EDITION_CONTENT_DIR for test builds).
import { resolve } from 'node:path';

/** The folder holding the article sources: `content/`, or `EDITION_CONTENT_DIR` for test and benchmark builds. */
export function contentDir(): string {
	return resolve(process.env.EDITION_CONTENT_DIR || 'content');
}
