// The content collections as Astro's glob loaders give them to the build, made without a build: each
// file of a content folder parsed with the edition's own schemas and rendered by the edition's own
// Markdown pipeline (src/lib/markdown/options.ts). Unit tests hand these to `astro:content`'s
// getCollection (Astro's module, the one thing stood in for) to test the route data the pages get.
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { markdownOptions } from '../../src/lib/markdown/options.ts';
import { glossarySchema, notesSchema, originalSchema, translationSchema } from '../../src/lib/schema.ts';

/** One entry of a collection, with the fields the edition reads. */
export interface ContentEntry {
	id: string;
	filePath: string;
	data: unknown;
	rendered?: { html: string; metadata: { frontmatter: Record<string, unknown> } };
}

/** The four collections of `src/content.config.ts`, read from `contentDir`. */
export async function contentEntries(contentDir: string): Promise<Record<'originals' | 'translations' | 'notes' | 'glossary', ContentEntry[]>> {
	const processor = await createMarkdownProcessor({ ...markdownOptions, syntaxHighlight: false });
	const shown = (file: string) => relative(process.cwd(), file);
	const markdown = async (slug: string, file: string, schema: typeof originalSchema | typeof translationSchema): Promise<ContentEntry> => {
		const [, front, ...body] = readFileSync(file, 'utf8').split(/^---$/m);
		const frontmatter = parse(front!) as Record<string, unknown>;
		const { code, metadata } = await processor.render(body.join('---'), { frontmatter: { ...frontmatter } });
		return { id: slug, filePath: shown(file), data: schema.parse(frontmatter), rendered: { html: code, metadata: { frontmatter: metadata.frontmatter } } };
	};
	const slugs = readdirSync(contentDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(contentDir, entry.name, 'zh.md')))
		.map((entry) => entry.name);
	const glossaryFile = join(contentDir, 'glossary.yaml');
	return {
		originals: await Promise.all(slugs.map((slug) => markdown(slug, join(contentDir, slug, 'zh.md'), originalSchema))),
		translations: await Promise.all(slugs.map((slug) => markdown(slug, join(contentDir, slug, 'en.md'), translationSchema))),
		notes: slugs
			.filter((slug) => existsSync(join(contentDir, slug, 'notes.yaml')))
			.map((slug) => {
				const file = join(contentDir, slug, 'notes.yaml');
				return { id: slug, filePath: shown(file), data: notesSchema.parse(parse(readFileSync(file, 'utf8'))) };
			}),
		glossary: existsSync(glossaryFile) ? [{ id: 'glossary', filePath: shown(glossaryFile), data: glossarySchema.parse(parse(readFileSync(glossaryFile, 'utf8'))) }] : [],
	};
}
