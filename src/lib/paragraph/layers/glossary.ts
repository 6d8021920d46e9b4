// The glossary layer: its entries, where they occur in a text, their marking in the HTML, and its checks.
import { SourceError } from '../../errors.ts';
import { htmlUnits, mapHtmlText } from '../../html.ts';
import type { GlossarySource } from '../../schema.ts';
import type { ParagraphLayer } from '../layer.ts';

/** A glossary entry, with the English forms its occurrences in translations are found by. */
export interface GlossaryEntry extends GlossarySource {
	forms: string[];
}

/** Where a glossary entry occurs in a text: the form found and its span. */
export interface TermMatch {
	entry: GlossaryEntry;
	start: number;
	end: number;
}

/** Which text a term is looked for in: the Chinese original or the English translation. */
export type TermLanguage = 'zh' | 'en';

/** Reads the entries of a glossary file, each with its English forms (its `en` when none are listed). */
export function glossaryEntries(entries: GlossarySource[]): GlossaryEntry[] {
	return entries.map((entry) => ({ ...entry, forms: entry.forms ?? [entry.en] }));
}

function formsOf(entries: GlossaryEntry[], lang: TermLanguage): { form: string; entry: GlossaryEntry }[] {
	const forms = entries.flatMap((entry) => (lang === 'zh' ? [entry.zh] : entry.forms).map((form) => ({ form, entry })));
	// Longest first: 中华全国手工业生产合作社联合总社筹备委员会 is one occurrence of the committee, not also one of 手工业生产合作社.
	return forms.sort((a, b) => b.form.length - a.form.length);
}

/** Where `form` next occurs from `at`; a Latin form only as whole words (constitution, not constitutional). */
function nextStart(text: string, form: string, at: number, lang: TermLanguage): number {
	for (let start = text.indexOf(form, at); start >= 0; start = text.indexOf(form, start + 1)) {
		if (lang === 'zh' || !(/\w/.test(text[start - 1] ?? '') || /\w/.test(text[start + form.length] ?? ''))) return start;
	}
	return -1;
}

/**
 * The occurrences of glossary entries in a text, leftmost first and never overlapping: where two
 * forms start at one place the longer wins. English forms match with their case, as written.
 */
export function findTerms(text: string, entries: GlossaryEntry[], lang: TermLanguage): TermMatch[] {
	const forms = formsOf(entries, lang);
	const matches: TermMatch[] = [];
	let at = 0;
	while (at < text.length) {
		let best: TermMatch | undefined;
		for (const { form, entry } of forms) {
			const start = nextStart(text, form, at, lang);
			if (start < 0) continue;
			if (!best || start < best.start || (start === best.start && form.length > best.end - best.start)) best = { entry, start, end: start + form.length };
		}
		if (!best) break;
		matches.push(best);
		at = best.end;
	}
	return matches;
}

/**
 * Marks the glossary occurrences found in a paragraph (`matches`, offsets in its plain text) in its
 * HTML (text and the note links the edition writes): a link to the entry (styled by its address,
 * saving a class on every one), or, inside a note's link where a link cannot nest, a span naming
 * it. An occurrence that crosses the edge of a link is left unmarked. The text itself is unchanged.
 * `href(id)` is the entry's address.
 */
export function markTerms(html: string, matches: TermMatch[], href: (id: string) => string): string {
	return mapHtmlText(html, (run, inLink, start) => {
		const chars = htmlUnits(run);
		const end = start + chars.length;
		let out = '';
		let from = start;
		for (const match of matches) {
			if (match.start < start || match.end > end) continue;
			const words = chars.slice(match.start - start, match.end - start).join('');
			const marked = inLink ? `<span class="term" data-term="${match.entry.id}">${words}</span>` : `<a href="${href(match.entry.id)}">${words}</a>`;
			out += chars.slice(from - start, match.start - start).join('') + marked;
			from = match.end;
		}
		return out + chars.slice(from - start).join('');
	});
}

/**
 * Checks a glossary against the texts: every entry's Chinese form must occur in some original and
 * each English form in some translation, and ids must be unique. Fails naming the file and entry.
 */
export function checkGlossary(entries: GlossaryEntry[], texts: { zh: string; en: string }[], file: string): void {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const entry of entries) {
		const where = `${file}: entry "${entry.id}"`;
		if (seen.has(entry.id)) problems.push(`${where}: the id is used twice. Fix: give each entry its own id (it is the entry's anchor).`);
		seen.add(entry.id);
		if (!texts.some((t) => t.zh.includes(entry.zh))) problems.push(`${where}: “${entry.zh}” does not occur in any original. Fix: copy the Chinese form exactly from the text.`);
		for (const form of entry.forms) {
			if (!texts.some((t) => findTerms(t.en, [{ ...entry, forms: [form] }], 'en').length)) {
				problems.push(`${where}: “${form}” does not occur as words in any translation. Fix: copy the English form exactly from the translation, or list the forms it uses under forms.`);
			}
		}
	}
	if (problems.length) throw new SourceError(problems.join('\n'));
}

/** The edition's glossary as loaded: its file, its entries, and the address of an entry. */
export interface GlossaryFile {
	file: string;
	entries: GlossaryEntry[];
	href: (id: string) => string;
}

/** Where the glossary's entries occur in a paragraph, in each language (offsets in its text). */
export type ParagraphTerms = Record<TermLanguage, TermMatch[]>;

/** The glossary layer: each occurrence of an entry found once per paragraph and language, and linked to the entry. */
export function glossaryLayer(glossary: GlossaryFile | undefined): ParagraphLayer<'glossary', ParagraphTerms> {
	const entries = glossary?.entries ?? [];
	return {
		name: 'glossary',
		checkEdition(articles) {
			if (glossary) checkGlossary(entries, articles.flatMap((a) => a.paragraphs.map((p) => ({ zh: p.original.text, en: p.translation.text }))), glossary.file);
		},
		attach: () => (paragraph) => ({ zh: findTerms(paragraph.original.text, entries, 'zh'), en: findTerms(paragraph.translation.text, entries, 'en') }),
		markText: (html, own, lang) => markTerms(html, own[lang], glossary?.href ?? String),
	};
}
