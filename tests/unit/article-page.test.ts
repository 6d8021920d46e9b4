import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { contentEntries, type ContentEntry } from '../support/content-entries.ts';
import { sourceArticles } from '../support/sources.ts';

// The data the article pages render, computed without a build: the edition's content (content/) read
// by the real schemas and Markdown pipeline and handed to the edition as Astro's getCollection would
// hand it (tests/support/content-entries.ts); loadEdition then assembles and checks it, and
// articlePage computes each route's data, as in a build.
const contentDir = new URL('../../content/', import.meta.url).pathname;
let collections: Record<string, ContentEntry[]> = {};
vi.mock('astro:content', () => ({ getCollection: async (name: string) => collections[name] ?? [] }));

collections = await contentEntries(contentDir);
const { getArticles, getGlossary } = await import('../../src/lib/collections.ts');
const { articlePage, articlePageRoutes } = await import('../../src/lib/article-page.ts');
const site = new URL('https://edition.example/');
const sources = sourceArticles();

describe('loadEdition, on the edition’s own content', () => {
	it('assembles every article with every paragraph of its sources, text for text, checked against the published anchors', async () => {
		const articles = await getArticles();
		expect(articles.map((a) => a.slug).sort()).toEqual(sources.map((s) => s.slug).sort());
		for (const source of sources) {
			const article = articles.find((a) => a.slug === source.slug)!;
			expect(article.original.title).toBe(source.zh.title);
			expect(article.translation.title).toBe(source.en.title);
			expect(article.paragraphs.map((p) => p.original.text)).toEqual(source.zh.paragraphs);
			expect(article.paragraphs.map((p) => p.translation.text)).toEqual(source.en.paragraphs);
			// Each paragraph's sentences, joined, are its text, in both languages.
			for (const p of article.paragraphs) {
				expect(p.original.sentences.join('')).toBe(p.original.text);
				expect(p.translation.sentences.join('')).toBe(p.translation.text);
			}
		}
	});

	it('loads the glossary once, with every entry of glossary.yaml', async () => {
		const written = (parse(readFileSync(`${contentDir}glossary.yaml`, 'utf8')) as { entries: { id: string }[] }).entries.map((e) => e.id);
		expect((await getGlossary()).map((e) => e.id)).toEqual(written);
		// Assembled once per build: the same articles to every caller.
		expect(await getArticles()).toBe(await getArticles());
	});
});

describe('articlePage: each route’s data', () => {
	it('routes five pages per article: three views, and pinyin for the two that show the Chinese', async () => {
		const routes = await articlePageRoutes();
		expect(routes.filter((r) => r.params.article === sources[0]!.slug).map((r) => [r.params.view, r.props.view, r.props.pinyin])).toEqual([
			[undefined, 'parallel', false],
			['zh', 'zh', false],
			['en', 'en', false],
			['pinyin', 'parallel', true],
			['zh/pinyin', 'zh', true],
		]);
	});

	it('the parallel page shows both texts, the layout choice and the pinyin switch, and cites both versions, the article and each paragraph', async () => {
		const [route] = await articlePageRoutes();
		const page = await articlePage(route!.props, site);
		const slug = route!.props.article.slug;
		expect(page.lang).toBe('en');
		expect(page.shows).toEqual({ original: true, translation: true });
		expect(page.header).toMatchObject({ layoutChoice: true, pinyinSwitch: { href: `/articles/${slug}/pinyin/`, on: false }, originalTitleLine: false });
		expect(page.urls.canonical).toBe(`https://edition.example/articles/${slug}/`);
		for (const row of page.rows) {
			// The segment ids sit in the Chinese; the English has none.
			expect(row.original).toBe(row.paragraph.original.anchoredHtml);
			expect(row.translation).toBe(row.paragraph.translation.html);
			expect(row.citations.map((set) => set.version)).toEqual(['original', 'translation']);
			// A paragraph's citation cites its own anchor.
			expect(row.citations[0]!.citations.some((c) => c.text.includes(`${page.urls.parallel}#${row.paragraph.id}`))).toBe(true);
		}
	});

	it('the Chinese view speaks Chinese and shows and cites only the original; the English view only the translation, naming the original’s title', async () => {
		const routes = await articlePageRoutes();
		const zh = await articlePage(routes.find((r) => r.params.view === 'zh')!.props, site);
		expect(zh).toMatchObject({ lang: 'zh-Hans', shows: { original: true, translation: false }, describes: 'original' });
		// The record line leaves out what the sources leave empty: this article names no column, author or translator.
		expect(zh.header.fields).toEqual([]);
		expect(zh.rows.every((row) => row.translation === undefined && row.original === row.paragraph.original.anchoredHtml)).toBe(true);
		expect(zh.rows.every((row) => row.citations.map((set) => set.version).join() === 'original')).toBe(true);

		const en = await articlePage(routes.find((r) => r.params.view === 'en')!.props, site);
		expect(en).toMatchObject({ lang: 'en', shows: { original: false, translation: true }, describes: 'translation' });
		expect(en.header).toMatchObject({ originalTitleLine: true, pinyinSwitch: undefined, layoutChoice: false });
		// Without the Chinese, the English holds the segment ids.
		expect(en.rows.every((row) => row.original === undefined && row.translation === row.paragraph.translation.anchoredHtml)).toBe(true);
		expect(en.rows.every((row) => row.citations.map((set) => set.version).join() === 'translation')).toBe(true);
	});

	it('a pinyin page shows the ruby, switches back to its plain page, and cites no paragraph (the citation page cites the whole article)', async () => {
		const routes = await articlePageRoutes();
		const pinyin = await articlePage(routes.find((r) => r.params.view === 'pinyin')!.props, site);
		const slug = pinyin.article.slug;
		expect(pinyin.header.pinyinSwitch).toEqual({ href: `/articles/${slug}/`, on: true });
		expect(pinyin.urls.canonical).toBe(`https://edition.example/articles/${slug}/`);
		expect(pinyin.rows.every((row) => row.original === row.paragraph.original.ruby && row.original.includes('<ruby>'))).toBe(true);
		expect(pinyin.rows.every((row) => row.citations.length === 0)).toBe(true);
	});
});
