import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { notesSchema, originalSchema, translationSchema } from './lib/schema.ts';

// One folder per article under content/: `zh.md` is the Chinese original, `en.md` its English
// translation, and optionally `notes.yaml` its editorial notes. The folder name is the article's
// slug, part of every citable URL.
const articleSlug = ({ entry }: { entry: string }) => entry.split('/')[0]!;

export const collections = {
	originals: defineCollection({
		loader: glob({ base: contentDir(), pattern: '*/zh.md', generateId: articleSlug }),
		schema: originalSchema,
	}),
	translations: defineCollection({
		loader: glob({ base: contentDir(), pattern: '*/en.md', generateId: articleSlug }),
		schema: translationSchema,
	}),
	// Optional: an article's editorial notes, kept apart from its text.
	notes: defineCollection({
		loader: glob({ base: contentDir(), pattern: '*/notes.yaml', generateId: articleSlug }),
		schema: notesSchema,
	}),
};
