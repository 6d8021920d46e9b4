/** A problem with the edition's sources that must stop the build; its message names file, place and fix. */
export class SourceError extends Error {
	override name = 'SourceError';
}

/**
 * The source problems of a whole build, collected so that one run names every one of them (a corpus of
 * 1000 articles with 30 broken files needs one build to see all 30), then thrown once, grouped by file.
 */
export class SourceProblems {
	readonly messages: string[] = [];

	/** Runs a check; a SourceError it throws is kept (each of its lines a problem) and the result is undefined. */
	attempt<T>(check: () => T): T | undefined {
		try {
			return check();
		} catch (error) {
			if (!(error instanceof SourceError)) throw error;
			this.messages.push(error.message);
			return undefined;
		}
	}

	add(...messages: string[]): void {
		this.messages.push(...messages);
	}

	/** Throws every problem kept, grouped by the file each names first, with a count; nothing if none. */
	throwIfAny(): void {
		if (!this.messages.length) return;
		const byFile = new Map<string, string[]>();
		for (const message of this.messages) {
			const file = /[^\s:()]+\.(?:md|yaml|json)\b/.exec(message)?.[0] ?? 'the edition';
			byFile.set(file, [...(byFile.get(file) ?? []), message]);
		}
		const count = this.messages.length;
		const groups = [...byFile].map(([file, messages]) => `${file}:\n${messages.map((m) => `  - ${underHeading(file, m).replaceAll('\n', '\n    ')}`).join('\n')}`);
		throw new SourceError(`${groups.join('\n')}\n${count} problem${count === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}; nothing was published.`);
	}
}

/**
 * A message under its file's heading, not naming the file again: `content/a/zh.md:14:4 Raw HTML …`
 * becomes `line 14, column 4: Raw HTML …`, `content/a/notes.yaml: note 1 …` becomes `note 1 …`, and
 * the files of the same folder it names are named without the folder (`content/a/en.md` → `en.md`).
 */
function underHeading(file: string, message: string): string {
	const rest = message.startsWith(file) ? message.slice(file.length) : undefined;
	const at = rest === undefined ? null : /^:(\d+)(?::(\d+))?:? /.exec(rest);
	const located = at ? `line ${at[1]}${at[2] ? `, column ${at[2]}` : ''}: ${rest!.slice(at[0].length)}` : rest?.startsWith(': ') ? rest.slice(2) : message;
	const folder = file.slice(0, file.lastIndexOf('/') + 1);
	return folder ? located.replaceAll(folder, '') : located;
}

/** A setting a build was given (SITE_URL, SEARCH_SHARDS …) that cannot work; its message names the fix. */
export class SettingError extends Error {
	override name = 'SettingError';
}

/**
 * Whether an error is the edition's own report of a problem the editor can fix (a SourceError or
 * SettingError, also one thrown from the build's bundle of pages, where it is another copy of the
 * class): printed as its message alone, where any other error is printed with its stack trace.
 */
export function isEditionError(error: unknown): error is Error {
	return error instanceof Error && (error.name === 'SourceError' || error.name === 'SettingError');
}
