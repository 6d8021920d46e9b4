import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { assembleArticles, type Article, type SourceText } from './article.ts';
import { assertAnchorsKept, type AnchorManifest } from './anchors.ts';
import { contentDir } from './content-dir.ts';
import { SourceError } from './errors.ts';
import { checkGlossary, findTerms, glossaryEntries, markTerms, type GlossaryEntry } from './glossary.ts';
import { readSourceData } from './markdown/source-data.ts';
import { withBase } from './urls.ts';

// Every page's getStaticPaths asks for the articles; assemble and check them once per build.
let edition: Promise<{ articles: Article[]; glossary: GlossaryEntry[] }> | undefined;

/** All articles of the edition, aligned, checked against the published anchors, glossary terms marked. */
export async function getArticles(): Promise<Article[]> {
	edition ??= loadEdition();
	return (await edition).articles;
}

/** The edition's glossary entries (none when it has no glossary file), checked against the texts. */
export async function getGlossary(): Promise<GlossaryEntry[]> {
	edition ??= loadEdition();
	return (await edition).glossary;
}

/** Where a glossary entry occurs: each article, and the paragraphs in each language. */
export interface TermOccurrences {
	article: Article;
	paragraphs: { n: number; id: string; zh: boolean; en: boolean }[];
}

/** Every paragraph an entry occurs in, article by article, for the glossary's back-links. */
export function occurrencesOf(entry: GlossaryEntry, articles: Article[]): TermOccurrences[] {
	const found = (text: string, lang: 'zh' | 'en') => findTerms(text, [entry], lang).length > 0;
	return articles
		.map((article) => ({
			article,
			paragraphs: article.paragraphs
				.map((p) => ({ n: p.n, id: p.id, zh: found(p.original.text, 'zh'), en: found(p.translation.text, 'en') }))
				.filter((p) => p.zh || p.en),
		}))
		.filter((o) => o.paragraphs.length > 0);
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

async function loadEdition(): Promise<{ articles: Article[]; glossary: GlossaryEntry[] }> {
	const [originals, translations, notes, glossaryFiles] = await Promise.all([
		getCollection('originals'),
		getCollection('translations'),
		getCollection('notes'),
		getCollection('glossary'),
	]);
	const notesFiles = new Map(notes.map((entry) => [entry.id, { file: entry.filePath ?? entry.id, notes: entry.data.notes }]));
	const result = assembleArticles(originals.map(toSource), translations.map(toSource), notesFiles);
	const { manifest, file } = readAnchorManifest();
	assertAnchorsKept(manifest, result, file);
	const glossaryFile = glossaryFiles[0];
	if (!glossaryFile) return { articles: result, glossary: [] };
	const glossary = glossaryEntries(glossaryFile.data.entries);
	checkGlossary(
		glossary,
		result.flatMap((a) => a.paragraphs.map((p) => ({ zh: p.original.text, en: p.translation.text }))),
		glossaryFile.filePath ?? 'glossary.yaml',
	);
	const href = (id: string) => `${withBase('/glossary/')}#${id}`;
	const articles = result.map((article) => ({
		...article,
		paragraphs: article.paragraphs.map((p) => ({
			...p,
			original: { ...p.original, html: markTerms(p.original.html, glossary, 'zh', href) },
			translation: { ...p.translation, html: markTerms(p.translation.html, glossary, 'en', href) },
		})),
	}));
	return { articles, glossary };
}

function toSource<E extends CollectionEntry<'originals'> | CollectionEntry<'translations'>>(entry: E): SourceText<E['data']> {
	return {
		slug: entry.id,
		file: entry.filePath ?? entry.id,
		record: entry.data,
		data: readSourceData(entry.rendered?.metadata?.frontmatter),
	};
}
