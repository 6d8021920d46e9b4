import type { Article } from '../article.ts';
import { formatDate } from '../dates.ts';
import { articleRecords, romanise, type CslItem } from './record.ts';
import { bibliographyEntry, citationOf, STYLES, type StyleKey } from './styles.ts';

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

/**
 * Every citation of an article (or of its paragraph `paragraph`) at `url`, for both versions.
 * `accessed` (YYYY-MM-DD, the build's date) is the 引用日期 GB/T 7714 requires for online sources.
 */
export function citationsOf(article: Article, url: string, accessed: string, paragraph?: number): CitationSet[] {
	const records = articleRecords(article, url);
	const english = (style: 'chicago' | 'mla' | 'apa', item: CslItem): Citation[] => {
		const fix = GUIDE_FIXES[style];
		const forms: [string, string][] =
			style === 'chicago'
				? [
						['Note', citationOf(style, item, paragraph)],
						['Bibliography', bibliographyEntry(style, item)],
					]
				: [
						[style === 'mla' ? 'Works cited' : 'Reference', bibliographyEntry(style, item)],
						['In text', citationOf(style, item, paragraph)],
					];
		return forms.map(([form, text]) => ({ style, styleName: STYLES[style].name, form, lang: 'en', text: fix(text) }));
	};
	const [y, m, d] = accessed.split('-').map(Number) as [number, number, number];
	const gbt = (item: CslItem): Citation => ({
		style: 'gbt',
		styleName: STYLES.gbt.name,
		form: '参考文献',
		lang: 'zh-Hans',
		// The numeric style numbers entries; a single copied entry starts with its text.
		text: GUIDE_FIXES.gbt(bibliographyEntry('gbt', { ...item, accessed: { 'date-parts': [[y, m, d]] } }).replace(/^\[\d+\]\s*/, '')),
	});
	const note = translationNote(article);
	return [
		{
			version: 'original',
			citations: [
				...english('chicago', forEnglishStyles(records.original, article)),
				...english('mla', forEnglishStyles(records.original, article)),
				...english('apa', forEnglishStyles(records.original, article)),
				gbt(records.original),
			],
		},
		{
			version: 'translation',
			citations: [
				...(['chicago', 'mla', 'apa'] as const).flatMap((style) =>
					english(style, records.translation).map((c) => (c.form === 'In text' ? c : { ...c, text: `${c.text} ${note}` })),
				),
				gbt(records.translation),
			],
		},
	];
}
