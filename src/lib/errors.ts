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
		// Under its file's heading a message does not name the file again (a line and column stay).
		const shown = (file: string, message: string) => (message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message);
		const groups = [...byFile].map(([file, messages]) => `${file}:\n${messages.map((m) => `  - ${shown(file, m).replaceAll('\n', '\n    ')}`).join('\n')}`);
		throw new SourceError(`${groups.join('\n')}\n${count} problem${count === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}; nothing was published.`);
	}
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
