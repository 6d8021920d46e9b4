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

/** A style's bibliography entry for an item, as plain text. */
export function bibliographyEntry(style: StyleKey, item: CslItem): string {
	const { items, engine } = engineFor(style);
	items.clear();
	items.set(item.id, item);
	engine.updateItems([item.id]);
	const [, entries] = engine.makeBibliography() as [unknown, string[]];
	return entries[0]!.trim();
}

/** A style's citation (note or in-text form) of an item, with a paragraph locator when given. */
export function citationOf(style: StyleKey, item: CslItem, paragraph?: number): string {
	const { items, engine } = engineFor(style);
	items.clear();
	items.set(item.id, item);
	engine.updateItems([item.id]);
	const citationItem = paragraph === undefined ? { id: item.id } : { id: item.id, locator: String(paragraph), label: 'paragraph' };
	return engine.previewCitationCluster({ citationItems: [citationItem], properties: { noteIndex: 1 } }, [], [], 'text').trim();
}
