// Reads a YAML source file at build time: parsed with its line numbers, checked by its Zod schema, every problem named with file and line.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { SourceError } from './errors.ts';

/** A YAML source file as read: its path (relative to the project), its raw text, its data, and the line of a node. */
export interface YamlFile<T> {
	file: string;
	raw: string;
	data: T;
	/** The line a node starts on, by its path (`['corrections', 2]`); the nearest node found, or 1. */
	lineOf(path: (string | number)[]): number;
}

/** Reads `path` and checks it against `schema`; fails naming file:line, the problem and `fix` (e.g. where an example is). */
export function readYamlFile<S extends z.ZodType>(path: string, schema: S, fix: string): YamlFile<z.infer<S>> {
	const file = relative(process.cwd(), path);
	const raw = readFileSync(path, 'utf8');
	const lines = new LineCounter();
	const doc = parseDocument(raw, { lineCounter: lines, prettyErrors: false });
	const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
	if (doc.errors.length) {
		throw new SourceError(doc.errors.map((e) => `${file}:${lineAt(e.pos[0])}: ${e.message.split('\n')[0]} Fix: write valid YAML (${fix}).`).join('\n'));
	}
	const lineOf = (path: (string | number)[]) => lineAt(nodeAt(doc, path)?.range?.[0]);
	const parsed = schema.safeParse(doc.toJS());
	if (!parsed.success) {
		throw new SourceError(
			parsed.error.issues
				.map((issue) => `${file}:${lineOf([...issue.path] as (string | number)[])}: ${issue.path.join('.') || 'the file'}: ${issue.message}. Fix: ${fix}.`)
				.join('\n'),
		);
	}
	return { file, raw, data: parsed.data, lineOf };
}

/** The deepest node a path reaches. */
function nodeAt(doc: Document, path: (string | number)[]): { range?: [number, number, number] } | undefined {
	const at = [...path];
	let node: unknown;
	while (at.length && !(node = doc.getIn(at, true))) at.pop();
	return node as { range?: [number, number, number] } | undefined;
}
