import type { Article } from '../article.ts';
import { formatDate } from '../dates.ts';
import { articleRecords, romanise, type CslItem } from './record.ts';
import { renderStyle, STYLES, type StyleKey } from './styles.ts';

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

/**
 * In English-language styles a Chinese title is given as written, followed by its translation in
 * brackets, and the newspaper by its romanised name with the English one in brackets (CMOS 11.98,
 * 14.97; MLA 9, 2.74; APA 7, 9.38).
 */
function forEnglishStyles(item: CslItem, article: Article): CslItem {
	const { original, translation } = article;
	return {
		...item,
		title: `${original.title} [${translation.title}]`,
		'container-title': `${romanise(original.publication.zh)} [${original.publication.en}]`,
	};
}

// Where the published CSL styles part from their guides' own rules for this kind of source, the
// edition follows the guide (each fix is tested against the guide's example in tests/unit):
const GUIDE_FIXES: Record<StyleKey, (text: string) => string> = {
	// CMOS 14.207: an unsigned newspaper article in a bibliography puts a period after the title.
	chicago: (text) => text.replace(/,” (January|February|March|April|May|June|July|August|September|October|November|December) /, '.” $1 '),
	// MLA 9 abbreviates paragraph as "par." with a space before the number.
	mla: (text) => text.replace(/\bpara\.\s?(\d)/g, 'par. $1'),
	apa: (text) => text,
	// GB/T 7714-2015 writes a newspaper's page (版次) in parentheses after the date: 2000-11-20(15).
	gbt: (text) => text.replace(/, (\d{4}-\d{2}-\d{2}): (\d+)/, ', $1($2)'),
};

function translationNote(article: Article): string {
	const { original, translation } = article;
	const who = translation.translator ? `translated by ${translation.translator}` : 'translator unknown';
	return `English translation of “${original.title},” ${original.publication.zh} (${original.publication.en}), ${formatDate(original.date, 'en')}; ${who}.`;
}

// Citations of an article differ from paragraph to paragraph only in the URL and the locator, so
// each article is rendered once with stand-ins for both, which are then replaced.
const URL_STAND_IN = 'https://stand-in.invalid/cited-url';
const PARAGRAPH_STAND_IN = 4242;
// Keyed by the article's record object, not the article: pages that derive an article (the pinyin
// pages give its paragraphs ruby) share the record, and so the citations rendered for it.
const templates = new WeakMap<Article['original'], Map<string, { whole: CitationSet[]; paragraph: CitationSet[] }>>();

/** Renders an article's citations once: for the whole article and, with stand-ins, for any paragraph. */
function render(article: Article, accessed: string): { whole: CitationSet[]; paragraph: CitationSet[] } {
	const records = articleRecords(article, URL_STAND_IN);
	const [y, m, d] = accessed.split('-').map(Number) as [number, number, number];
	const original = forEnglishStyles(records.original, article);
	const note = translationNote(article);
	const english = (['chicago', 'mla', 'apa'] as const).map((style) => {
		const { entries, citations } = renderStyle(style, [original, records.translation], [
			{ id: original.id },
			{ id: records.translation.id },
			{ id: original.id, paragraph: PARAGRAPH_STAND_IN },
			{ id: records.translation.id, paragraph: PARAGRAPH_STAND_IN },
		]);
		const fix = GUIDE_FIXES[style];
		const forms = (id: string, cited: string, version: 'original' | 'translation'): Citation[] => {
			const entry = entries.get(id)!;
			const withNote = (text: string) => (version === 'translation' ? `${text} ${note}` : text);
			const pairs: [string, string][] =
				style === 'chicago'
					? [
							['Note', withNote(cited)],
							['Bibliography', withNote(entry)],
						]
					: [
							[style === 'mla' ? 'Works cited' : 'Reference', withNote(entry)],
							['In text', cited],
						];
			return pairs.map(([form, text]) => ({ style, styleName: STYLES[style].name, form, lang: 'en' as const, text: fix(text) }));
		};
		return {
			whole: { original: forms(original.id, citations[0]!, 'original'), translation: forms(records.translation.id, citations[1]!, 'translation') },
			paragraph: { original: forms(original.id, citations[2]!, 'original'), translation: forms(records.translation.id, citations[3]!, 'translation') },
		};
	});
	const withAccess = (item: CslItem): CslItem => ({ ...item, accessed: { 'date-parts': [[y, m, d]] } });
	const gbtItems = [withAccess(records.original), withAccess(records.translation)];
	const gbt = renderStyle('gbt', gbtItems, []);
	const gbtCitation = (item: CslItem): Citation => ({
		style: 'gbt',
		styleName: STYLES.gbt.name,
		form: '参考文献',
		lang: 'zh-Hans',
		// The numeric style numbers entries; a single copied entry starts with its text.
		text: GUIDE_FIXES.gbt(gbt.entries.get(item.id)!.replace(/^\[\d+\]\s*/, '')),
	});
	const sets = (scope: 'whole' | 'paragraph'): CitationSet[] => [
		{ version: 'original', citations: [...english.flatMap((e) => e[scope].original), gbtCitation(gbtItems[0]!)] },
		{ version: 'translation', citations: [...english.flatMap((e) => e[scope].translation), gbtCitation(gbtItems[1]!)] },
	];
	return { whole: sets('whole'), paragraph: sets('paragraph') };
}

/**
 * Every citation of an article (or of its paragraph `paragraph`) at `url`, for both versions.
 * `accessed` (YYYY-MM-DD, the build's date) is the 引用日期 GB/T 7714 requires for online sources.
 */
export function citationsOf(article: Article, url: string, accessed: string, paragraph?: number): CitationSet[] {
	let cache = templates.get(article.original);
	if (!cache) templates.set(article.original, (cache = new Map()));
	let rendered = cache.get(accessed);
	if (!rendered) cache.set(accessed, (rendered = render(article, accessed)));
	const sets = paragraph === undefined ? rendered.whole : rendered.paragraph;
	const fill = (text: string) => text.replaceAll(URL_STAND_IN, url).replaceAll(String(PARAGRAPH_STAND_IN), String(paragraph));
	return sets.map((set) => ({ ...set, citations: set.citations.map((c) => ({ ...c, text: fill(c.text) })) }));
}
