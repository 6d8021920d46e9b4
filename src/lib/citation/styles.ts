import CSL from 'citeproc';
import apa from './csl/apa.csl?raw';
import chicago from './csl/chicago-fullnote-bibliography.csl?raw';
import gbt from './csl/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import localeEn from './csl/locales-en-US.xml?raw';
import localeZh from './csl/locales-zh-CN.xml?raw';
import mla from './csl/modern-language-association.csl?raw';
import type { CslItem } from './record.ts';

// The style and locale files are bundled as text, so the build reads them wherever it runs.
const LOCALES: Record<string, string> = { 'en-US': localeEn, 'zh-CN': localeZh };

/** The citation styles the edition offers, each an official CSL style rendered by citeproc-js. */
export const STYLES = {
	chicago: { csl: chicago, locale: 'en-US', name: 'Chicago (17th ed., notes and bibliography)' },
	mla: { csl: mla, locale: 'en-US', name: 'MLA (9th ed.)' },
	apa: { csl: apa, locale: 'en-US', name: 'APA (7th ed.)' },
	gbt: { csl: gbt, locale: 'zh-CN', name: 'GB/T 7714-2015' },
} as const;

/** A style's key. */
export type StyleKey = keyof typeof STYLES;

// Parsing a style is the slow part; each is read once per build.
const engines = new Map<StyleKey, { items: Map<string, CslItem>; engine: CSL.Engine }>();

function engineFor(style: StyleKey) {
	let entry = engines.get(style);
	if (!entry) {
		const items = new Map<string, CslItem>();
		const sys = {
			retrieveLocale: (lang: string) => LOCALES[lang] ?? localeEn,
			retrieveItem: (id: string) => items.get(id),
		};
		const engine = new CSL.Engine(sys, STYLES[style].csl, STYLES[style].locale, true);
		engine.setOutputFormat('text');
		entry = { items, engine };
		engines.set(style, entry);
	}
	return entry;
}

/** What one style renders for a set of items: each item's bibliography entry, and the requested citations. */
export interface StyleRendering {
	entries: Map<string, string>;
	citations: string[];
}

/**
 * Renders, in one pass of a style's engine, the bibliography entries of some items and a list of
 * citations (note or in-text form), each with an optional paragraph locator. One pass per style and
 * article keeps a thousand-article build fast.
 */
export function renderStyle(style: StyleKey, itemsToRender: CslItem[], citations: { id: string; paragraph?: number | undefined }[]): StyleRendering {
	const { items, engine } = engineFor(style);
	items.clear();
	for (const item of itemsToRender) items.set(item.id, item);
	engine.updateItems(itemsToRender.map((item) => item.id));
	const bibliography = engine.makeBibliography();
	const [params, texts] = bibliography ? bibliography : [{ entry_ids: [] as string[][] }, [] as string[]];
	const ids = (params as { entry_ids: string[][] }).entry_ids.map((entry) => entry[0]!);
	const entries = new Map(ids.map((id, i) => [id, texts[i]!.trim()]));
	const rendered = citations.map(({ id, paragraph }) => {
		const citationItem = paragraph === undefined ? { id } : { id, locator: String(paragraph), label: 'paragraph' };
		// makeCitationCluster renders a cluster as a first reference without registering it: several
		// times faster than previewCitationCluster, which re-runs the registry for each citation.
		return engine.makeCitationCluster([citationItem]).trim();
	});
	return { entries, citations: rendered };
}
