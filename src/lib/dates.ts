// Dates as each language writes them.
import type { UiLanguage } from './ui.ts';

/** The English names of the months. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether year-month-day names a day that exists in the proleptic Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether an ISO date (YYYY-MM-DD) names a day that exists. */
export function isIsoDate(iso: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Writes an ISO date (1955-01-09) the way each language writes it: 9 January 1955, 1955年1月9日. */
export function formatDate(iso: string, lang: UiLanguage): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!match) throw new RangeError(`not an ISO calendar date: ${iso}`);
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return lang === 'zh-Hans' ? `${year}年${month}月${day}日` : `${day} ${MONTHS[month - 1]} ${year}`;
}
