// Chinese runs in English text, so each can carry its own lang.
import { escapeText } from './html.ts';

/** A run of text, marked when it is Chinese. */
export interface TextRun {
	text: string;
	zh: boolean;
}

// Han characters with the full-width punctuation and brackets between them (积极领导、稳步前进).
const CHINESE = /\p{Script=Han}(?:[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\u2018\u2019\u201c\u201d]*\p{Script=Han})?/gu;

/**
 * Splits English text that quotes Chinese into runs, so each Chinese run can carry its own
 * `lang` (screen readers switch voice, browsers pick the CJK font and line breaking).
 */
export function chineseRuns(text: string): TextRun[] {
	const runs: TextRun[] = [];
	let from = 0;
	for (const match of text.matchAll(CHINESE)) {
		if (match.index > from) runs.push({ text: text.slice(from, match.index), zh: false });
		runs.push({ text: match[0], zh: true });
		from = match.index + match[0].length;
	}
	if (from < text.length) runs.push({ text: text.slice(from), zh: false });
	return runs;
}

/**
 * The same as HTML: the text escaped, each Chinese run in `<span lang="zh-Hans">`. A string, not a
 * component per run, so a page's 98 citations do not slow the build of a large edition.
 */
export function chineseRunsHtml(text: string): string {
	return chineseRuns(text)
		.map((run) => (run.zh ? `<span lang="zh-Hans">${escapeText(run.text)}</span>` : escapeText(run.text)))
		.join('');
}

/** A text as HTML in a context of the given language: English quoting Chinese gets its runs marked. */
export function textHtml(text: string, lang: string): string {
	return lang === 'en' ? chineseRunsHtml(text) : escapeText(text);
}
