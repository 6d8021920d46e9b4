// Checks that the dates written in front matter exist.
import { isCalendarDate } from '../dates.ts';
import type { SourceProblem } from './source-data.ts';

/**
 * Checks every YYYY-MM-DD value written in a file's front matter. YAML parsers turn an unquoted
 * 1955-13-45 into 14 February 1956 without complaint, so the schema alone would publish a wrong
 * date; the written form has to be checked before parsing.
 */
export function checkWrittenDates(fileText: string): SourceProblem[] {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(fileText);
	if (!match) return [];
	const problems: SourceProblem[] = [];
	match[1]!.split('\n').forEach((line, index) => {
		const found = /^(\s*[\w-]+:\s*)(['"]?)(\d{4})-(\d{1,2})-(\d{1,2})\2\s*(#.*)?$/.exec(line);
		if (!found) return;
		const [, key, , year, month, day] = found;
		if (!isCalendarDate(Number(year), Number(month), Number(day))) {
			problems.push({
				line: index + 2,
				column: key!.length + 1,
				reason: `${year}-${month}-${day} is not a calendar date.`,
				fix: 'Write a date that exists, as YYYY-MM-DD (e.g. 1955-01-09), checked against the source.',
			});
		}
	});
	return problems;
}
