// The edition's citation styles as data, and their rendering by citeproc-js (here or in the build's worker threads).
import { createHash } from 'node:crypto';
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-fullnote-bibliography.csl?raw';
import gbt from './csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import localeEn from './csl/locales-en-US.xml?raw';
import localeZh from './csl/locales-zh-CN.xml?raw';
import mla from './csl/modern-language-association.csl?raw';
import { MONTHS } from '../dates.ts';
import { cachedRendering, keyDigest } from './cache.ts';
import { CITEPROC_VERSION, createEngine, runCiteproc, type CitationRequest, type RenderedStyle, type StyleEngine, type StyleText } from './citeproc-run.ts';
import { buildService } from '../build-services.ts';
import { remember } from '../memo.ts';
import type { CslItem } from './record.ts';

// The style and locale files are bundled as text, so the build reads them wherever it runs.
const LOCALES: Record<string, string> = { 'en-US': localeEn, 'zh-CN': localeZh };

/** A form a style gives: which of citeproc's outputs it is, and whether a translation's note follows it. */
export interface StyleForm {
	/** Its name, in ui.ts's `citationForm`, in the style's language. */
	form: 'note' | 'bibliography' | 'worksCited' | 'reference' | 'inText' | 'referenceEntry';
	/** citeproc's citation (note or in-text, with the paragraph as locator) or bibliography entry. */
	from: 'citation' | 'entry';
	/** The translation's citation ends with a note naming its original and translator. */
	translationNote: boolean;
}

/** One citation style of the edition: an official CSL style rendered by citeproc-js, and the edition's rules for it. */
export interface StyleSpec {
	csl: string;
	locale: string;
	name: string;
	/** The language its citations are written in. */
	lang: 'en' | 'zh-Hans';
	/** English styles cite the Chinese title with its translation, and the paper by its romanised name. */
	englishRecord: boolean;
	/** The style requires an access date (GB/T 7714's 引用日期): the build's date. */
	accessed: boolean;
	forms: StyleForm[];
	/** Where the published style departs from its guide's rules for this kind of source, the guide's form (tested in tests/unit). */
	fix: (text: string) => string;
}


/** The citation styles the edition offers, in the order they are shown. */
export const STYLES = {
	chicago: {
		csl: chicago,
		locale: 'en-US',
		name: 'Chicago (17th ed., notes and bibliography)',
		lang: 'en',
		englishRecord: true,
		accessed: false,
		forms: [
			{ form: 'note', from: 'citation', translationNote: true },
			{ form: 'bibliography', from: 'entry', translationNote: true },
		],
		// CMOS 14.207: an unsigned newspaper article in a bibliography puts a period after the title.
		fix: (text) => text.replace(new RegExp(`,” (${MONTHS.join('|')}) `), '.” $1 '),
	},
	mla: {
		csl: mla,
		locale: 'en-US',
		name: 'MLA (9th ed.)',
		lang: 'en',
		englishRecord: true,
		accessed: false,
		forms: [
			{ form: 'worksCited', from: 'entry', translationNote: true },
			{ form: 'inText', from: 'citation', translationNote: false },
		],
		// MLA 9 abbreviates paragraph as "par." with a space before the number.
		fix: (text) => text.replace(/\bpara\.\s?(\d)/g, 'par. $1'),
	},
	apa: {
		csl: apa,
		locale: 'en-US',
		name: 'APA (7th ed.)',
		lang: 'en',
		englishRecord: true,
		accessed: false,
		forms: [
			{ form: 'reference', from: 'entry', translationNote: true },
			{ form: 'inText', from: 'citation', translationNote: false },
		],
		fix: (text) => text,
	},
	gbt: {
		csl: gbt,
		locale: 'zh-CN',
		name: 'GB/T 7714-2015',
		lang: 'zh-Hans',
		englishRecord: false,
		accessed: true,
		forms: [{ form: 'referenceEntry', from: 'entry', translationNote: false }],
		// GB/T 7714-2015 writes a newspaper's page (版次) in parentheses after the date: 2000-11-20(15).
		// The numeric style numbers entries; a single copied entry starts with its text.
		fix: (text) => text.replace(/^\[\d+\]\s*/, '').replace(/, (\d{4}-\d{2}-\d{2}): (\d+)/, ', $1($2)'),
	},
} satisfies Record<string, StyleSpec>;

/** A style's key. */
export type StyleKey = keyof typeof STYLES;

// Parsing a style is the slow part; each is read once per build.
const engines = new Map<StyleKey, StyleEngine>();

/** A style's CSL and locales, as citeproc (in this thread or a worker) needs them. */
function styleText(style: StyleKey): StyleText {
	const spec: StyleSpec = STYLES[style];
	return { csl: spec.csl, locale: spec.locale, locales: LOCALES, fallbackLocale: localeEn };
}

/** What one style renders for a set of items: each item's bibliography entry, and the requested citations. */
export interface StyleRendering {
	entries: Map<string, string>;
	citations: string[];
}

/** The name a rendering goes by, in this build and in the cache: the digest of everything it depends on (see cache.ts). */
function renderingDigest(style: StyleKey, items: CslItem[], citations: CitationRequest[]): string {
	return keyDigest({ citeproc: CITEPROC_VERSION, style: styleFingerprint(style), items, citations });
}

// Renderings of this build, by digest: those asked ahead (renderStyleAhead) are found here when a page asks.
const renderings = new Map<string, RenderedStyle>();

/** Renders in this thread, or takes what this build or an earlier one rendered. */
function renderHere(digest: string, style: StyleKey, items: CslItem[], citations: CitationRequest[]): RenderedStyle {
	// citeproc takes most of an article's build time; what it rendered before is kept between builds.
	return remember(renderings, digest, () =>
		cachedRendering(digest, () => runCiteproc(remember(engines, style, () => createEngine(styleText(style))), items, citations)),
	);
}

/**
 * Renders, in one pass of a style's engine, the bibliography entries of some items and a list of
 * citations (note or in-text form), each with an optional paragraph locator. One pass per style and
 * article keeps a thousand-article build fast. What was asked ahead is taken as rendered.
 */
export function renderStyle(style: StyleKey, itemsToRender: CslItem[], citations: CitationRequest[]): StyleRendering {
	const { entries, citations: rendered } = renderHere(renderingDigest(style, itemsToRender, citations), style, itemsToRender, citations);
	return { entries: new Map(entries), citations: rendered };
}

const ahead = new Map<string, Promise<void>>();

/**
 * Starts rendering what renderStyle will be asked: in the build's citeproc worker threads when it has
 * them (see citeproc-pool.ts), else at once in this thread. Settles when renderStyle has it ready.
 */
export function renderStyleAhead(style: StyleKey, itemsToRender: CslItem[], citations: CitationRequest[], label: string): Promise<void> {
	const digest = renderingDigest(style, itemsToRender, citations);
	return remember(ahead, digest, () => {
		const pool = buildService('citeproc');
		if (renderings.has(digest) || !pool) {
			renderHere(digest, style, itemsToRender, citations);
			return Promise.resolve();
		}
		return pool.render({ digest, style: styleFingerprint(style), text: styleText(style), items: itemsToRender, citations, label }).then((rendered) => {
			renderings.set(digest, rendered);
		});
	});
}

const fingerprints = new Map<StyleKey, string>();

/** A digest of a style's CSL and locale text, computed once per build (they are long). */
function styleFingerprint(style: StyleKey): string {
	return remember(fingerprints, style, () => {
		const spec: StyleSpec = STYLES[style];
		return createHash('sha256')
			.update(spec.csl)
			.update('\0')
			.update(LOCALES[spec.locale] ?? localeEn)
			.digest('hex');
	});
}
