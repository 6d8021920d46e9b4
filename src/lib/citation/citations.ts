// The citations of an article and of each paragraph, in every style of the table in styles.ts.
import type { Article } from '../article.ts';
import { formatDate } from '../dates.ts';
import { remember } from '../memo.ts';
import { ui } from '../ui.ts';
import { articleRecords, romanise, type CslItem, type RecordedArticle } from './record.ts';
import { renderStyle, renderStyleAhead, STYLES, type StyleKey, type StyleSpec } from './styles.ts';

/** One ready-to-copy citation: a style's name, what form it is, and the text. */
export interface Citation {
	style: StyleKey;
	styleName: string;
	form: string;
	lang: 'en' | 'zh-Hans';
	text: string;
}

/** The citations of one version (original or translation) of an article or paragraph. */
export interface CitationSet {
	version: 'original' | 'translation';
	citations: Citation[];
}

type Version = CitationSet['version'];

/**
 * In English-language styles a Chinese title is given as written, followed by its translation in
 * brackets, and the newspaper by its romanised name with the English one in brackets (CMOS 11.98,
 * 14.97; MLA 9, 2.74; APA 7, 9.38).
 */
function forEnglishStyles(item: CslItem, article: RecordedArticle): CslItem {
	const { original, translation } = article;
	return {
		...item,
		title: `${original.title} [${translation.title}]`,
		'container-title': `${romanise(original.publication.zh)} [${original.publication.en}]`,
	};
}

function translationNote(article: RecordedArticle): string {
	const { original, translation } = article;
	const who = translation.translator ? `translated by ${translation.translator}` : 'translator unknown';
	return `English translation of “${original.title},” ${original.publication.zh} (${original.publication.en}), ${formatDate(original.date, 'en')}; ${who}.`;
}

/** A citation whose URL and paragraph are filled in later: its text cut at each. */
interface Template extends Omit<Citation, 'text'> {
	/** The text in pieces: a URL goes between pieces, and (for a paragraph) the paragraph number. */
	pieces: string[][];
}

// Citations of an article differ from paragraph to paragraph only in the URL and the locator, so
// each article is rendered once, with a stand-in URL and a stand-in paragraph number that occur
// nowhere in its record, and the rendered text is cut at them (never searched and replaced later).
const URL_STAND_IN = 'https://stand-in.invalid/cited-url';

/** A paragraph number that occurs nowhere in the records, so it can only be the locator. */
function paragraphStandIn(items: CslItem[]): string {
	const written = JSON.stringify(items);
	let n = 4242;
	while (written.includes(String(n))) n = n * 10 + 7;
	return String(n);
}

/** Cuts a rendered text at the URL and, for a paragraph's citation, at the paragraph, checking that each occurs as it must. */
function cut(text: string, paragraph: string | undefined, style: StyleKey): string[][] {
	const pieces = text.split(URL_STAND_IN).map((piece) => (paragraph ? piece.split(paragraph) : [piece]));
	if (paragraph && pieces.flat().length - pieces.length !== 1) {
		throw new Error(`The ${style} citation "${text}" holds its paragraph locator ${pieces.flat().length - pieces.length} times; expected once.`);
	}
	return pieces;
}

/** What one style is asked to render for an article: its two items and, if its forms need them, four citations. */
function styleRequest(style: StyleKey, article: RecordedArticle, accessed: string) {
	const spec: StyleSpec = STYLES[style];
	const records = articleRecords(article, URL_STAND_IN);
	const [y, m, d] = accessed.split('-').map(Number) as [number, number, number];
	const prepare = (item: CslItem, version: Version): CslItem => ({
		...(spec.englishRecord && version === 'original' ? forEnglishStyles(item, article) : item),
		...(spec.accessed ? { accessed: { 'date-parts': [[y, m, d]] } } : {}),
	});
	const items = { original: prepare(records.original, 'original'), translation: prepare(records.translation, 'translation') };
	const standIn = paragraphStandIn([items.original, items.translation]);
	const wantsCitations = spec.forms.some((f) => f.from === 'citation');
	const requests = wantsCitations ? (['original', 'translation'] as const).flatMap((version) => [{ id: items[version].id }, { id: items[version].id, paragraph: Number(standIn) }]) : [];
	return { spec, items, standIn, requests };
}

/** Renders one style's forms of both versions, for the whole article and for a paragraph. */
function renderForms(style: StyleKey, article: Article, accessed: string) {
	const { spec, items, standIn, requests } = styleRequest(style, article, accessed);
	const { entries, citations } = renderStyle(style, [items.original, items.translation], requests);
	const note = translationNote(article);
	// A bibliography or reference-list entry (GB/T 7714 gives only these) cites the article, not a
	// paragraph: a paragraph gets the forms that carry its number (note, in-text), and a style
	// without one none; the article's entries are on its citation page.
	const templates = (version: Version, scope: 'whole' | 'paragraph'): Template[] =>
		spec.forms.filter(({ from }) => scope === 'whole' || from === 'citation').map(({ form, from, translationNote: noted }) => {
			const index = (version === 'original' ? 0 : 2) + (scope === 'whole' ? 0 : 1);
			const rendered = from === 'entry' ? entries.get(items[version].id)! : citations[index]!;
			const text = spec.fix(noted && version === 'translation' ? `${rendered} ${note}` : rendered);
			return {
				style,
				styleName: spec.name,
				form: ui(spec.lang).citationForm[form],
				lang: spec.lang,
				pieces: cut(text, scope === 'paragraph' && from === 'citation' ? standIn : undefined, style),
			};
		});
	return {
		whole: { original: templates('original', 'whole'), translation: templates('translation', 'whole') },
		paragraph: { original: templates('original', 'paragraph'), translation: templates('translation', 'paragraph') },
	};
}

type Rendered = { whole: { version: Version; templates: Template[] }[]; paragraph: { version: Version; templates: Template[] }[] };

/** Renders an article's citations once: for the whole article and for any paragraph. */
function render(article: Article, accessed: string): Rendered {
	const styles = (Object.keys(STYLES) as StyleKey[]).map((style) => renderForms(style, article, accessed));
	const sets = (scope: 'whole' | 'paragraph') =>
		(['original', 'translation'] as const).map((version) => ({ version, templates: styles.flatMap((s) => s[scope][version]) }));
	return { whole: sets('whole'), paragraph: sets('paragraph') };
}

// Keyed by the article's record object, not the article: pages that derive an article share the
// record, and so the citations rendered for it.
const rendered = new WeakMap<Article['original'], Map<string, Rendered>>();

/**
 * Starts rendering an article's citations in every style, in the build's citeproc worker threads
 * when it has them; settles when citationsOf has them ready. The build asks this of every article
 * as soon as it has read the records (collections.ts), so citeproc works on the other cores while
 * the articles are assembled and the first pages written; a page awaits it before citationsOf.
 */
export function citationsReady(article: RecordedArticle, accessed: string): Promise<void> {
	// Six pages of an article ask; its requests are made once.
	return perArticle(ready, article, accessed, () =>
		Promise.all(
			(Object.keys(STYLES) as StyleKey[]).map((style) => {
				const { items, requests } = styleRequest(style, article, accessed);
				return renderStyleAhead(style, [items.original, items.translation], requests, `${article.slug} (${STYLES[style].name})`);
			}),
		).then(() => undefined),
	);
}

const ready = new WeakMap<RecordedArticle['original'], Map<string, Promise<void>>>();

/** A value made once per article (by its record, which the pages that derive an article share) and access date. */
function perArticle<T>(kept: WeakMap<RecordedArticle['original'], Map<string, T>>, article: RecordedArticle, accessed: string, make: () => T): T {
	return remember(remember(kept, article.original, () => new Map<string, T>()), accessed, make);
}

/**
 * Every citation of an article (or of its paragraph `paragraph`) at `url`, for both versions.
 * `accessed` (YYYY-MM-DD, the build's date) is the 引用日期 GB/T 7714 requires for online sources.
 */
export function citationsOf(article: Article, url: string, accessed: string, paragraph?: number): CitationSet[] {
	const sets = perArticle(rendered, article, accessed, () => render(article, accessed));
	const scope = paragraph === undefined ? sets.whole : sets.paragraph;
	return scope.map(({ version, templates }) => ({
		version,
		citations: templates.map(({ pieces, ...citation }) => ({ ...citation, text: pieces.map((piece) => piece.join(String(paragraph))).join(url) })),
	}));
}
