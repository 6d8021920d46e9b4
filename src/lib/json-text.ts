// JSON as every JSON download and data file of the edition is written: tab-indented, newline-terminated.

/** `data` as the edition writes JSON files: tab-indented, ending with a newline. */
export function jsonText(data: unknown): string {
	return JSON.stringify(data, null, '\t') + '\n';
}
