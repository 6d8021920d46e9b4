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
		const groups = [...byFile].map(([file, messages]) => `${file}:\n${messages.map((m) => `  - ${m.replaceAll('\n', '\n    ')}`).join('\n')}`);
		throw new SourceError(`${groups.join('\n')}\n${count} problem${count === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}; nothing was published.`);
	}
}
