// The content collections: originals, translations, notes and the glossary, read from content/.
// (An article's alignment.yaml is read by src/lib/paragraph/alignment-file.ts, which gives its errors lines.)
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { settings } from './lib/settings.ts';
import { glossarySchema, notesSchema, originalSchema, translationSchema } from './lib/schema.ts';

// One folder per article under content/: `zh.md` is the Chinese original, `en.md` its English
// translation, and optionally `notes.yaml` its editorial notes and `alignment.yaml` its sentence groups. Beside the folders, optionally,
// `glossary.yaml` for the whole edition. The folder name is the article's
// slug, part of every citable URL.
const articleSlug = ({ entry }: { entry: string }) => entry.split('/')[0]!;

export const collections = {
	originals: defineCollection({
		loader: glob({ base: settings().contentDir, pattern: '*/zh.md', generateId: articleSlug }),
		schema: originalSchema,
	}),
	translations: defineCollection({
		loader: glob({ base: settings().contentDir, pattern: '*/en.md', generateId: articleSlug }),
		schema: translationSchema,
	}),
	// Optional: an article's editorial notes, kept apart from its text.
	notes: defineCollection({
		loader: glob({ base: settings().contentDir, pattern: '*/notes.yaml', generateId: articleSlug }),
		schema: notesSchema,
	}),
	// Optional: the edition's glossary, one file for all articles (content/glossary.yaml).
	glossary: defineCollection({
		loader: glob({ base: settings().contentDir, pattern: 'glossary.yaml', generateId: () => 'glossary' }),
		schema: glossarySchema,
	}),
};
