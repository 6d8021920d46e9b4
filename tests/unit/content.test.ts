// The committed content is what the browser specs expect: a glossary whose forms occur in the texts.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { sourceArticles } from '../support/sources.ts';

interface Entry {
	zh: string;
	en: string;
	forms?: string[];
}
const entries = (parse(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as { entries: Entry[] }).entries;
const articles = sourceArticles();
const formsOf = (entry: Entry, lang: 'zh' | 'en') => (lang === 'zh' ? [entry.zh] : (entry.forms ?? [entry.en]));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('every entry’s Chinese form occurs in an original, and each English form in a translation', () => {
	expect(entries.length).toBeGreaterThanOrEqual(10);
	for (const entry of entries) {
		expect(articles.some((a) => a.zh.paragraphs.some((p) => p.includes(entry.zh))), entry.zh).toBe(true);
		for (const form of formsOf(entry, 'en')) expect(articles.some((a) => a.en.paragraphs.some((p) => new RegExp(`(?<!\\w)${escape(form)}(?!\\w)`).test(p))), form).toBe(true);
	}
});
