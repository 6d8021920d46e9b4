// Where each note of a notes.yaml file is written, for messages: the line of its paragraph or phrase.
import { existsSync } from 'node:fs';
import { z } from 'astro/zod';
import { readYamlFile } from './yaml-file.ts';

/** The line (from 1) of a note's `paragraph` or `phrase` key, by the note's index; undefined when the file cannot be read. */
export function noteLines(file: string): (index: number, key: 'paragraph' | 'phrase') => number | undefined {
	if (!existsSync(file)) return () => undefined;
	// The notes collection has checked the file against its schema already; only its lines are wanted here.
	const { lineOf } = readYamlFile(file, z.unknown(), 'see docs/data-formats.md');
	return (index, key) => lineOf(['notes', index, key]);
}
