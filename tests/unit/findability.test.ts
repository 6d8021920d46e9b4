import { describe, expect, it } from 'vitest';
import { listedInSitemap, withAlternates } from '../../src/lib/sitemap.ts';
import { enteredEdition, type Release } from '../../src/lib/releases.ts';

// The sitemap's rules and the feed's dates, on their own (the built files: tests/e2e/findability.spec.ts).
describe('sitemap', () => {
	it('lists pages, not the 404 page or files', () => {
		expect(listedInSitemap('https://example.org/edition/articles/a/zh/')).toBe(true);
		expect(listedInSitemap('https://example.org/edition/404/')).toBe(false);
		expect(listedInSitemap('https://example.org/404.html')).toBe(false);
		expect(listedInSitemap('https://example.org/edition/offline/')).toBe(false);
		expect(listedInSitemap('https://example.org/feed.xml')).toBe(false);
	});

	it('gives each of an article’s three views the three as alternates, under the base, and nothing to other pages', () => {
		const root = 'https://example.org/edition/articles/1955-01-09-a/';
		const alternates = [
			{ lang: 'zh-Hans', url: `${root}zh/` },
			{ lang: 'en', url: `${root}en/` },
			{ lang: 'x-default', url: root },
		];
		for (const url of [root, `${root}zh/`, `${root}en/`]) expect(withAlternates({ url }).links).toEqual(alternates);
		for (const url of [`${root}pinyin/`, `${root}zh/pinyin/`, `${root}cite/`, 'https://example.org/edition/glossary/']) expect(withAlternates({ url }).links).toBeUndefined();
	});
});

describe('the date an article entered the edition', () => {
	const releases: Release[] = [
		{ version: '0.2.0', date: '2026-12-01', changes: ['b'], articles: ['b', 'a'] },
		{ version: '0.1.0', date: '2026-11-26', changes: ['a'], articles: ['a'] },
	];
	it('is the earliest release that lists it', () => {
		expect(enteredEdition('a', releases)).toBe('2026-11-26');
		expect(enteredEdition('b', releases)).toBe('2026-12-01');
	});
	it('is the current release’s date for an article no release lists yet', () => {
		expect(enteredEdition('new', releases)).toBe('2026-12-01');
	});
});
