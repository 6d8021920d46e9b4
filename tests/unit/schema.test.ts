import { describe, expect, it } from 'vitest';
import { originalSchema, translationSchema } from '../../src/lib/schema.ts';

const original = {
	language: 'zh-Hans',
	title: '全国手工业工作会议确定今年生产任务',
	date: new Date('1955-01-09T00:00:00Z'),
	publication: { zh: '人民日报', en: "People's Daily" },
	page: 1,
	column: '',
	author: null,
	source: 'test',
};

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	expect(result.success).toBe(false);
	return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('original front matter', () => {
	it('accepts the record and normalises a YAML date to YYYY-MM-DD', () => {
		const parsed = originalSchema.parse(original);
		expect(parsed.date).toBe('1955-01-09');
		expect(originalSchema.parse({ ...original, date: '1955-01-09' }).date).toBe('1955-01-09');
	});

	it('names a missing field', () => {
		const { title: _title, ...rest } = original;
		expect(issues(originalSchema.safeParse(rest))).toEqual(['title: must be the headline as printed']);
	});

	it('names a mistyped field', () => {
		expect(issues(originalSchema.safeParse({ ...original, page: 'one' }))).toEqual(['page: must be the page number as a whole number, e.g. 1']);
		expect(issues(originalSchema.safeParse({ ...original, publication: { zh: '人民日报' } }))[0]).toMatch(/^publication\.en: /);
	});

	it('rejects an unparsable or impossible date', () => {
		expect(issues(originalSchema.safeParse({ ...original, date: '9 January 1955' }))[0]).toMatch(/^date: must be a calendar date written YYYY-MM-DD/);
		expect(issues(originalSchema.safeParse({ ...original, date: '1955-02-30' }))[0]).toMatch(/^date: /);
		expect(issues(originalSchema.safeParse({ ...original, date: new Date('invalid') }))[0]).toMatch(/^date: /);
	});

	it('requires the author to be stated, null when none is given', () => {
		const { author: _a, ...rest } = original;
		expect(issues(originalSchema.safeParse(rest))).toEqual(['author: must be the author as printed, or null when the source names none']);
	});

	it('rejects a wrong language and unknown fields', () => {
		expect(issues(originalSchema.safeParse({ ...original, language: 'zh' }))[0]).toMatch(/^language: must be zh-Hans/);
		expect(issues(originalSchema.safeParse({ ...original, titel: 'x' }))[0]).toMatch(/titel/);
	});
});

describe('translation front matter', () => {
	const translation = { language: 'en', title: 'T', translator: null, translatorNote: 'Unknown.', source: 's' };

	it('accepts an unknown translator stated as null with a note', () => {
		expect(translationSchema.parse(translation).translator).toBeNull();
	});

	it('requires the translator to be stated, even when unknown', () => {
		const { translator: _t, ...rest } = translation;
		expect(issues(translationSchema.safeParse(rest))[0]).toMatch(/^translator: must be the translator’s name, or null when unknown/);
		const { translatorNote: _n, ...noNote } = translation;
		expect(issues(translationSchema.safeParse(noNote))[0]).toMatch(/^translatorNote: must be a statement about the translator/);
	});
});
