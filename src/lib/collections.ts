// The articles and glossary of the edition, loaded from the content collections and checked once per build.
import { join, relative } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate } from './build-date.ts';
import { articlesLoaded, sourcesLoaded } from './build-services.ts';
import { searchArticle } from './search/records.ts';
import { citationsReady } from './citation/citations.ts';
import type { RecordedArticle } from './citation/record.ts';
import { assembleArticles, publicationOrder, type Article, type SourceText } from './article.ts';
import type { OriginalRecord, TranslationRecord } from './schema.ts';
import { readManifest } from './anchor-manifest-file.ts';
import { readAlignmentFile } from './paragraph/alignment-file.ts';
import { assertAnchorsKept, type AnchorManifest } from './anchors.ts';
import { settings } from './settings.ts';
import { glossaryEntries, type GlossaryEntry, type TermMatch } from './paragraph/layers/glossary.ts';
import { paragraphLayers } from './paragraph/layers/index.ts';
import { readSourceData } from './markdown/source-data.ts';
import { forgottenSteps, reportForgotten } from './checklist.ts';
import { edition as editionData } from './releases.ts';
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
	const found = (terms: TermMatch[]) => terms.some((match) => match.entry.id === entry.id);
	return articles
		.map((article) => ({
			article,
			paragraphs: article.paragraphs
				.map((p) => ({ n: p.n, id: p.id, zh: found(p.layers.glossary.zh), en: found(p.layers.glossary.en) }))
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
	const file = join(settings().contentDir, 'anchors.json');
	const shown = relative(process.cwd(), file);
	return { manifest: readManifest(file, shown), file: shown };
}

async function loadEdition(): Promise<{ articles: Article[]; glossary: GlossaryEntry[] }> {
	const [originals, translations, notes, glossaryFiles] = await Promise.all([
		getCollection('originals'),
		getCollection('translations'),
		getCollection('notes'),
		getCollection('glossary'),
	]);
	const { contentDir, strict } = settings();
	const [originalSources, translationSources] = [originals.map(toSource), translations.map(toSource)];
	// The integrations that listen start their work on the sources at once (citeproc renders the
	// citations on the machine's other cores while the articles are assembled here).
	const sourcesDone = sourcesLoaded({ records: recordsOf(originalSources, translationSources), citationsReady: (article) => citationsReady(article, buildDate()) });
	const notesFiles = new Map(notes.map((entry) => [entry.id, { file: entry.filePath ?? entry.id, notes: entry.data.notes }]));
	const alignmentFiles = new Map(
		originals.flatMap((entry) => {
			const alignment = readAlignmentFile(join(contentDir, entry.id));
			return alignment ? [[entry.id, alignment] as const] : [];
		}),
	);
	const glossaryFile = glossaryFiles[0];
	const glossary = glossaryFile && {
		file: glossaryFile.filePath ?? 'glossary.yaml',
		entries: glossaryEntries(glossaryFile.data.entries),
		href: (id: string) => `${withBase('/glossary/')}#${id}`,
	};
	const layers = paragraphLayers({ notes: notesFiles, glossary, strict });
	const articles = assembleArticles(originalSources, translationSources, { layers, alignments: alignmentFiles, strict });
	warnUnpaired(articles);
	const { manifest, file } = readAnchorManifest();
	assertAnchorsKept(manifest, articles, file);
	reportForgotten(forgottenSteps(articles, manifest, file, editionData.changelog), strict);
	articlesLoaded({ articles, searchArticle, sourcesDone });
	return { articles, glossary: glossary?.entries ?? [] };
}

/** One warning per paragraph published by paragraph only (file, ¶, both counts, the fix), then their count. */
function warnUnpaired(articles: Article[]): void {
	const unpaired = articles.flatMap((a) => a.paragraphs.flatMap((p) => (p.unpaired ? [p.unpaired] : [])));
	if (!unpaired.length) return;
	for (const { message } of unpaired) console.warn(`[edition] warning: ${message}`);
	const articlesWith = articles.filter((a) => a.paragraphs.some((p) => p.unpaired)).length;
	console.warn(
		`[edition] ${unpaired.length} paragraph${unpaired.length === 1 ? '' : 's'} in ${articlesWith} article${articlesWith === 1 ? '' : 's'} published by paragraph, without sentence anchors ` +
			'(`npm run align -- --list` lists them; EDITION_STRICT=1 makes them errors).',
	);
}

/** The records the assembled articles will hold (so the pages find citations rendered ahead), in publication order. */
function recordsOf(originals: SourceText<OriginalRecord>[], translations: SourceText<TranslationRecord>[]): RecordedArticle[] {
	const translated = new Map(translations.map((t) => [t.slug, t.record]));
	return originals
		.flatMap((o) => {
			const translation = translated.get(o.slug);
			return translation ? [{ slug: o.slug, original: o.record, translation }] : [];
		})
		.sort(publicationOrder);
}

function toSource<E extends CollectionEntry<'originals'> | CollectionEntry<'translations'>>(entry: E): SourceText<E['data']> {
	const file = entry.filePath ?? entry.id;
	return {
		slug: entry.id,
		file,
		record: { ...entry.data, file },
		data: readSourceData(entry.rendered?.metadata?.frontmatter),
	};
}
