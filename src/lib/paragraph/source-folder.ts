// An article folder and the glossary read without the build, for the command-line tools: paragraphs' texts paired into segments as the build pairs them.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { glossarySchema } from '../schema.ts';
import { readYamlFile } from '../yaml-file.ts';
import { readAlignmentFile } from './alignment-file.ts';
import { glossaryEntries, type GlossaryEntry } from './layers/glossary.ts';
import { pairSentences } from './pairing.ts';
import type { LayerArticle } from './layer.ts';

/** A source file's paragraphs as text: the body after the front matter, Markdown escapes undone. */
export function sourceParagraphs(folder: string, file: string): string[] {
	const body = readFileSync(join(folder, file), 'utf8').split(/^---$/m).slice(2).join('---');
	return body
		.trim()
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\\(.)/g, '$1').replace(/&amp;/g, '&'));
}

/**
 * The article in `folder` as the layers see it: its paragraphs paired, their sentences grouped into
 * segments by its alignment file (a paragraph the build publishes by paragraph has none); undefined
 * when its two files have different numbers of paragraphs.
 */
export function sourceArticle(folder: string, slug: string): LayerArticle | undefined {
	const zh = sourceParagraphs(folder, 'zh.md');
	const en = sourceParagraphs(folder, 'en.md');
	if (zh.length !== en.length) return undefined;
	const files = { zh: relative(process.cwd(), join(folder, 'zh.md')), en: relative(process.cwd(), join(folder, 'en.md')) };
	const alignment = readAlignmentFile(folder);
	const paragraphs = zh.map((text, i) => {
		const pair = { n: i + 1, id: `p${i + 1}`, original: { html: text, text }, translation: { html: en[i]!, text: en[i]! } };
		return { ...pair, segments: pairSentences(pair, files, alignment).segments };
	});
	return { slug, files, paragraphs };
}

/** The edition's glossary entries as the build reads them (content/glossary.yaml), none when it has no glossary. */
export function sourceGlossary(contentDir: string): GlossaryEntry[] {
	const path = join(contentDir, 'glossary.yaml');
	if (!existsSync(path)) return [];
	return glossaryEntries(readYamlFile(path, glossarySchema, 'see docs/glossary-and-pinyin.md').data.entries);
}
