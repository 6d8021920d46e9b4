// Reads an article's alignment file (content/<slug>/alignment.yaml) at build time: parsed with its
// line numbers, checked by its Zod schema, every problem named with file and line.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { SourceError } from '../errors.ts';
import { alignmentSchema } from '../schema.ts';
import type { AlignmentFile } from './alignment.ts';

/** The alignment file of the article in `folder`, if it has one. */
export function readAlignmentFile(folder: string): AlignmentFile | undefined {
	const path = join(folder, 'alignment.yaml');
	if (!existsSync(path)) return undefined;
	const file = relative(process.cwd(), path);
	const raw = readFileSync(path, 'utf8');
	const lines = new LineCounter();
	const doc = parseDocument(raw, { lineCounter: lines, prettyErrors: false });
	const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
	if (doc.errors.length) {
		throw new SourceError(doc.errors.map((e) => `${file}:${lineOf(e.pos[0])}: ${e.message.split('\n')[0]} Fix: write valid YAML (see the README's example).`).join('\n'));
	}
	const parsed = alignmentSchema.safeParse(doc.toJS());
	if (!parsed.success) {
		throw new SourceError(
			parsed.error.issues
				.map((issue) => {
					// The line of the deepest node the issue's path reaches.
					const path = [...issue.path] as (string | number)[];
					let node: unknown;
					while (path.length && !(node = doc.getIn(path, true))) path.pop();
					const range = (node as { range?: [number, number, number] } | undefined)?.range;
					return `${file}:${lineOf(range?.[0])}: ${issue.path.join('.') || 'the file'}: ${issue.message}. Fix: see the README's example of an alignment file.`;
				})
				.join('\n'),
		);
	}
	return { file, raw, paragraphs: parsed.data.paragraphs };
}
