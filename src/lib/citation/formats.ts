// BibTeX and RIS records of an article, from its CSL-JSON record.
import type { CslItem } from './record.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes the characters BibTeX gives a meaning to. */
function bibEscape(text: string): string {
	return text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' || c === '~' ? `\\${c}{}` : `\\${c}`));
}

/** A BibTeX (biblatex-compatible) entry for a newspaper article record. */
export function toBibTeX(item: CslItem): string {
	const [[year, month, day]] = item.issued['date-parts'];
	const fields: [string, string][] = [
		['title', `{${bibEscape(item.title)}}`],
		['journaltitle', `{${bibEscape(item['container-title'])}}`],
		['journal', `{${bibEscape(item['container-title'])}}`],
		['entrysubtype', '{newspaper}'],
		['date', `{${item.issued['date-parts'][0].map((n, i) => (i ? String(n).padStart(2, '0') : n)).join('-')}}`],
		['year', `{${year}}`],
		['month', MONTHS[month - 1]!],
		['day', `{${day}}`],
		['pages', `{${item.page}}`],
		['langid', `{${item.language.startsWith('zh') ? 'chinese' : 'english'}}`],
		['url', `{${item.URL}}`],
		...(item.author ? [['author', `{${item.author.map((a) => `{${bibEscape(a.literal)}}`).join(' and ')}}`] as [string, string]] : []),
		...(item.note ? [['note', `{${bibEscape(item.note)}}`] as [string, string]] : []),
	];
	const key = item.id.replace(/[^A-Za-z0-9-]/g, '');
	return `@article{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/** An RIS record (TY NEWS) for a newspaper article record; RIS lines end in CR LF. */
export function toRIS(item: CslItem): string {
	const [[year, month, day]] = item.issued['date-parts'];
	const lines: [string, string][] = [
		['TY', 'NEWS'],
		['TI', item.title],
		['T2', item['container-title']],
		...(item.author ?? []).map((a) => ['AU', a.literal] as [string, string]),
		['PY', String(year)],
		['DA', `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`],
		['SP', item.page],
		['LA', item.language],
		['UR', item.URL],
		...(item.note ? [['N1', item.note] as [string, string]] : []),
		['ER', ''],
	];
	return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n') + '\r\n';
}
