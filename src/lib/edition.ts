import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleArticles, type Article, type SourceText } from './article.ts';
import { assertAnchorsKept, type AnchorManifest } from './anchors.ts';
import { contentDir } from './content-dir.ts';
import { SourceError } from './errors.ts';
import { readSourceData } from './markdown/source-data.ts';

// Every page's getStaticPaths asks for the articles; assemble and check them once per build.
let articles: Promise<Article[]> | undefined;

/** All articles of the edition, aligned and checked against the published anchors. */
export function getArticles(): Promise<Article[]> {
	articles ??= loadArticles();
	return articles;
}

/** getStaticPaths for a page per article: `params.article` is the slug, `props.article` the article. */
export async function articlePaths(): Promise<{ params: { article: string }; props: { article: Article } }[]> {
	return (await getArticles()).map((article) => ({ params: { article: article.slug }, props: { article } }));
}

/** The manifest of published anchors and its path; an edition with none yet has an empty one. */
export function readAnchorManifest(): { manifest: AnchorManifest; file: string } {
	const file = join(contentDir(), 'anchors.json');
	const shown = relative(process.cwd(), file);
	if (!existsSync(file)) return { manifest: { articles: {} }, file: shown };
	try {
		const manifest = JSON.parse(readFileSync(file, 'utf8')) as AnchorManifest;
		if (!manifest || typeof manifest.articles !== 'object') throw new Error('it has no "articles" object');
		return { manifest, file: shown };
	} catch (error) {
		throw new SourceError(`${shown}: the anchor manifest cannot be read: ${(error as Error).message}. Fix: restore it from version control.`);
	}
}

async function loadArticles(): Promise<Article[]> {
	const [originals, translations, notes] = await Promise.all([getCollection('originals'), getCollection('translations'), getCollection('notes')]);
	const notesFiles = new Map(notes.map((entry) => [entry.id, { file: entry.filePath ?? entry.id, notes: entry.data.notes }]));
	const result = assembleArticles(originals.map(toSource), translations.map(toSource), notesFiles);
	const { manifest, file } = readAnchorManifest();
	assertAnchorsKept(manifest, result, file);
	return result;
}

function toSource<E extends CollectionEntry<'originals'> | CollectionEntry<'translations'>>(entry: E): SourceText<E['data']> {
	return {
		slug: entry.id,
		file: entry.filePath ?? entry.id,
		record: entry.data,
		data: readSourceData(entry.rendered?.metadata?.frontmatter),
	};
}
