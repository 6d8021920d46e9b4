import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/dates.ts';

describe('formatDate', () => {
	it('writes dates as each language does', () => {
		expect(formatDate('1955-01-09', 'en')).toBe('9 January 1955');
		expect(formatDate('1955-01-09', 'zh-Hans')).toBe('1955年1月9日');
		expect(formatDate('1955-12-31', 'en')).toBe('31 December 1955');
	});

	it('refuses what is not an ISO date', () => {
		expect(() => formatDate('9 Jan 1955', 'en')).toThrow(RangeError);
	});
});
