// Where each note of a notes.yaml file is written: the line of its paragraph and of its phrase, for messages.
import { existsSync, readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';

/** The lines (from 1) of each note's `paragraph` and `phrase` keys, by the note's index; empty when the file cannot be read. */
export function noteLines(file: string): { paragraph?: number; phrase?: number }[] {
	if (!existsSync(file)) return [];
	const counter = new LineCounter();
	const document = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter });
	const notes = document.get('notes');
	if (!isSeq(notes)) return [];
	const lineOf = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
	return notes.items.map((item) => {
		if (!isMap(item)) return {};
		const key = (name: string) => item.items.find((pair) => (pair.key as { value?: unknown } | null)?.value === name);
		return { paragraph: lineOf((key('paragraph')?.key as { range?: number[] } | undefined)?.range?.[0]), phrase: lineOf((key('phrase')?.key as { range?: number[] } | undefined)?.range?.[0]) };
	});
}
