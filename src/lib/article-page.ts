// The data of an article page (parallel, Chinese or English view, plain or with pinyin), computed once
// per route: components only render it.
import type { AlignedParagraph, Article } from './article.ts';
import type { EntryList, ParagraphLayer } from './paragraph/layer.ts';
import { paragraphLayers, type ParagraphLayers } from './paragraph/layers/index.ts';
import { buildDate } from './build-date.ts';
import { citationsOf, citationsReady, type CitationSet } from './citation/citations.ts';
import { formatDate } from './dates.ts';
import { getArticles } from './collections.ts';
import { ui, type UiLanguage } from './ui.ts';
import { absoluteUrl, articlePath, withBase, type ArticleView } from './urls.ts';

/** What the route is given: the article, the view, and whether the page shows pinyin. */
export interface ArticleRoute {
	article: Article;
	view: ArticleView;
	pinyin: boolean;
}

/** One paragraph row: the HTML of each text the view shows, and its citations. */
export interface ParagraphRowData {
	paragraph: AlignedParagraph;
	/** The Chinese (with ruby on pinyin pages), when the view shows it. */
	original: string | undefined;
	/** The English, when the view shows it. */
	translation: string | undefined;
	citations: CitationSet[];
	/** The entries the paragraph's layers list under it (notes, corrections), in their order. */
	entries: EntryList[];
}

/** A labelled field of the record line under the title ("Author: 新华社记者"). */
export interface RecordField {
	label: string;
	value: string;
}

/** Everything an article page renders. */
export interface ArticlePage extends ArticleRoute {
	/** The interface language, which follows from the view: Chinese on the Chinese view, English elsewhere. */
	lang: UiLanguage;
	t: ReturnType<typeof ui>;
	title: string;
	description: string;
	/** Which texts the view shows. */
	shows: { original: boolean; translation: boolean };
	/** The version the page's metadata describes: the English view describes the translation. */
	describes: 'original' | 'translation';
	/** The header: the record line's parts that differ by view. */
	header: {
		/** The English view names the Chinese title under its own. */
		originalTitleLine: boolean;
		/** The publication's English name beside the Chinese one. */
		publicationInEnglish: boolean;
		/**
		 * The record line's fields after the publication, date and page: the column, the author and (on
		 * views with the English) the translator, each only where the sources give it. A field the
		 * sources leave empty stays out of the page (it stays in the citation page's records, the downloads and the TEI).
		 */
		fields: RecordField[];
		/** The pinyin switch (a link to the other page), on views that show the Chinese. */
		pinyinSwitch: { href: string; on: boolean } | undefined;
		/** The layout choice (side by side, line by line, tap to reveal), on the views that show both texts. */
		layoutChoice: boolean;
		/** Whether the view shows a translation the editors corrected: the reading choice (as received, corrected). */
		readingChoice: boolean;
	};
	urls: {
		/** This view's plain page, absolute: the canonical URL. */
		canonical: string;
		parallel: string;
		zh: string;
		en: string;
		home: string;
		/** The citation page, under base. */
		cite: string;
	};
	rows: ParagraphRowData[];
}

/** The pages of every article: three views, and the pinyin pages of the two that show the Chinese. */
export async function articlePageRoutes(): Promise<{ params: { article: string; view: string | undefined }; props: ArticleRoute }[]> {
	const routes = [
		{ view: 'parallel', pinyin: false },
		{ view: 'zh', pinyin: false },
		{ view: 'en', pinyin: false },
		{ view: 'parallel', pinyin: true },
		{ view: 'zh', pinyin: true },
	] as const;
	return (await getArticles()).flatMap((article) =>
		routes.map(({ view, pinyin }) => {
			const path = [view === 'parallel' ? undefined : view, pinyin ? 'pinyin' : undefined].filter(Boolean).join('/');
			return { params: { article: article.slug, view: path || undefined }, props: { article, view, pinyin } };
		}),
	);
}

/** Computes an article page's data from its route, once its citations are rendered. */
export async function articlePage({ article, view, pinyin }: ArticleRoute, site: URL): Promise<ArticlePage> {
	const lang: UiLanguage = view === 'zh' ? 'zh-Hans' : 'en';
	const t = ui(lang);
	const { original, translation } = article;
	const shows = { original: view !== 'en', translation: view !== 'zh' };
	// The layers' lists of entries (their hooks need none of the sources the build loaded).
	const layers: readonly ParagraphLayer[] = paragraphLayers();
	const url = (v: ArticleView) => absoluteUrl(articlePath(article.slug, v), site);
	const plain = withBase(articlePath(article.slug, view));

	const source = t.source(original.publication, formatDate(original.date, lang), original.page);
	const plainTitle = { parallel: `${original.title} · ${translation.title}`, zh: original.title, en: translation.title }[view];
	const description = {
		parallel: t.describeParallel(source),
		zh: t.describeOriginal(original.title, source),
		en: t.describeTranslation(original.title, source),
	}[view];

	// A view cites the versions it shows: the parallel page both, the Chinese and English views their own.
	// A pinyin page, a reading aid whose canonical is its plain page, cites nothing itself (the whole article is cited on the citation page): its
	// rows' citations would be the plain page's again, at a cost to the build of a large edition.
	const accessed = buildDate();
	await citationsReady(article, accessed);
	const cited = url('parallel');
	const shown = (sets: CitationSet[]) => sets.filter((set) => (set.version === 'original' ? shows.original : shows.translation));
	return {
		article,
		view,
		pinyin,
		lang,
		t,
		title: pinyin ? t.withPinyin(plainTitle) : plainTitle,
		description,
		shows,
		describes: view === 'en' ? 'translation' : 'original',
		header: {
			originalTitleLine: view === 'en',
			publicationInEnglish: view !== 'zh',
			fields: [
				{ label: t.column, value: original.column },
				{ label: t.author, value: original.author ?? '' },
				{ label: t.translator, value: (shows.translation && translation.translator) || '' },
			].filter((field) => field.value !== ''),
			pinyinSwitch: shows.original ? { href: pinyin ? plain : `${plain}pinyin/`, on: pinyin } : undefined,
			layoutChoice: shows.original && shows.translation,
			readingChoice: shows.translation && article.paragraphs.some((p) => p.layers.corrections.length > 0),
		},
		urls: { canonical: url(view), parallel: cited, zh: url('zh'), en: url('en'), home: absoluteUrl('/', site), cite: `${withBase(articlePath(article.slug))}cite/` },
		rows: article.paragraphs.map((paragraph) => ({
			paragraph,
			// The segment ids (#pN-sM) sit in the Chinese where the page shows it, else in the English.
			original: shows.original ? (pinyin ? paragraph.original.ruby : paragraph.original.anchoredHtml) : undefined,
			translation: shows.translation ? (shows.original ? paragraph.translation.html : paragraph.translation.anchoredHtml) : undefined,
			citations: pinyin ? [] : shown(citationsOf(article, `${cited}#${paragraph.id}`, accessed, paragraph.n)),
			entries: layers.flatMap((layer) => layer.entries?.(paragraph.layers[layer.name as keyof ParagraphLayers], { n: paragraph.n, t, shows }) ?? []),
		})),
	};
}
