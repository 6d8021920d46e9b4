// Reads an article's alignment file (content/<slug>/alignment.yaml) at build time, every problem named with file and line.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { alignmentSchema } from '../schema.ts';
import { readYamlFile } from '../yaml-file.ts';
import type { AlignmentFile } from './alignment.ts';

/** The alignment file of the article in `folder`, if it has one. */
export function readAlignmentFile(folder: string): AlignmentFile | undefined {
	const path = join(folder, 'alignment.yaml');
	if (!existsSync(path)) return undefined;
	const { file, raw, data } = readYamlFile(path, alignmentSchema, 'see the example of an alignment file in docs/segments.md');
	return { file, raw, paragraphs: data.paragraphs };
}
