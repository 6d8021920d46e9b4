import { describe, expect, it } from 'vitest';
import { absoluteUrl, articlePath, withBase } from '../../src/lib/urls.ts';

describe('URLs under a base', () => {
	it('joins base and path with one slash', () => {
		expect(withBase('/articles/a/', '/')).toBe('/articles/a/');
		expect(withBase('/articles/a/', '/edition/')).toBe('/edition/articles/a/');
		expect(withBase('articles/a/', '/edition')).toBe('/edition/articles/a/');
		expect(withBase('/', '/edition/')).toBe('/edition/');
	});

	it('names the three views of an article', () => {
		expect(articlePath('x')).toBe('/articles/x/');
		expect(articlePath('x', 'zh')).toBe('/articles/x/zh/');
		expect(articlePath('x', 'en')).toBe('/articles/x/en/');
	});

	it('makes absolute URLs for citations', () => {
		expect(absoluteUrl('/articles/x/', 'https://example.org', '/edition/')).toBe('https://example.org/edition/articles/x/');
		expect(absoluteUrl('/articles/x/', 'https://example.org/', '/')).toBe('https://example.org/articles/x/');
	});
});
