// What the Markdown steps record about a source file: paragraphs and problems.
import type { Node } from 'unist';

/** A problem found in a source file, located by line and column in that file. */
export interface SourceProblem {
	line: number;
	column: number;
	reason: string;
	fix: string;
}

/** One numbered paragraph as the Markdown pipeline produced it. */
export interface SourceParagraph {
	/** 1-based position in the text: the paragraph's number and the basis of its anchor. */
	n: number;
	/** The paragraph's inner HTML, already sanitised by `remarkArticleText`. */
	html: string;
	/** The paragraph's plain text, character for character. */
	text: string;
}

/** What the edition's own Markdown steps record about one source file. */
export interface SourceData {
	paragraphs: SourceParagraph[];
	problems: SourceProblem[];
}

/** The minimal slice of a unified VFile our plugins touch. */
export interface SourceFile {
	path?: string;
	value: unknown;
	data: { astro?: { frontmatter?: Record<string, unknown> } };
}

// Astro hands a Markdown renderer's results back through `metadata.frontmatter` only, and a plugin
// that throws merely logs an error while the build carries on (see astro's glob loader). So the
// plugins record what they find here and `src/lib/article.ts` fails the build with it.
const KEY = 'edition';

/** Returns the edition's record for a file being processed, creating it on first use. */
export function sourceData(file: SourceFile): SourceData {
	file.data.astro ??= {};
	const frontmatter = (file.data.astro.frontmatter ??= {});
	const existing = frontmatter[KEY] as SourceData | undefined;
	if (existing) return existing;
	const created: SourceData = { paragraphs: [], problems: [] };
	frontmatter[KEY] = created;
	return created;
}

/** Reads the edition's record back from a rendered entry's `metadata.frontmatter`. */
export function readSourceData(frontmatter: unknown): SourceData | undefined {
	if (!frontmatter || typeof frontmatter !== 'object') return undefined;
	return (frontmatter as Record<string, unknown>)[KEY] as SourceData | undefined;
}

/**
 * Astro renders only the body (front matter stripped, then trimmed), so unist positions count from
 * the body's first line. This returns how many lines of the file come before the body, so
 * problems can name the line an editor sees.
 */
export function bodyLineOffset(fileText: string | undefined, body: string): number {
	if (!fileText || !body) return 0;
	const at = fileText.indexOf(body);
	if (at < 0) return 0;
	return fileText.slice(0, at).split('\n').length - 1;
}

/** Builds a problem located at a node of the Markdown tree. */
export function problemAt(node: Node, lineOffset: number, reason: string, fix: string): SourceProblem {
	const start = node.position?.start;
	return { line: (start?.line ?? 1) + lineOffset, column: start?.column ?? 1, reason, fix };
}
