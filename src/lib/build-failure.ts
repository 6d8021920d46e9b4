// What a failed build prints: the edition's own problems as its messages alone, paths relative to
// the project; any other error (a fault of the edition's code or of a tool) with its stack trace.
import { relative } from 'node:path';
import { isEditionError } from './errors.ts';

/** Astro's report of front matter its collection schema refuses (the schema's messages are the edition's). */
interface ContentSchemaError extends Error {
	loc?: { file?: string };
}

/** The text a failed build prints for `error`, given the project's folder. */
export function buildFailure(error: unknown, root: string): string {
	if (isEditionError(error)) return error.message;
	if (error instanceof Error && error.name === 'InvalidContentEntryDataError') {
		const file = (error as ContentSchemaError).loc?.file;
		const where = file ? `${relative(root, file)}: ` : '';
		const fields = error.message.replaceAll('**', '').replace(/^.*?does not match collection schema\.\s*/s, '');
		return `${where}the front matter does not match the edition's schema:\n${fields.trim()}\nFix: correct the field as the message says (the fields are listed in docs/data-formats.md).`;
	}
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
