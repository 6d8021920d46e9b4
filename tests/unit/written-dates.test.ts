import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/lib/dates.ts';
import { checkWrittenDates } from '../../src/lib/markdown/written-dates.ts';

describe('dates as written in front matter', () => {
	it('knows which days exist', () => {
		expect(isCalendarDate(1955, 1, 9)).toBe(true);
		expect(isCalendarDate(1956, 2, 29)).toBe(true);
		expect(isCalendarDate(1955, 2, 29)).toBe(false);
		expect(isCalendarDate(1955, 13, 1)).toBe(false);
	});

	it('reports an impossible date with its line and column', () => {
		expect(checkWrittenDates('---\nlanguage: zh-Hans\ndate: 1955-13-45\n---\n\nText.')).toEqual([
			expect.objectContaining({ line: 3, column: 7, reason: '1955-13-45 is not a calendar date.' }),
		]);
		expect(checkWrittenDates("---\ndate: '1955-02-30'\n---\n")[0]!.line).toBe(2);
	});

	it('accepts real dates and ignores the body', () => {
		expect(checkWrittenDates('---\ndate: 1955-01-09\n---\n\ndate: 1955-99-99')).toEqual([]);
	});
});
