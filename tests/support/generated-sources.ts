// Source files of the importer's format (tests/fixtures/source/000_9fe5e06e1cbca207.txt), generated from a seed: valid,
// and full of characters that Markdown, HTML, XML, TSV, YAML, JSON and URLs treat specially, tab
// included; sentence counts that differ between the languages in some paragraphs. The same seed
// makes the same files, so a failure can be replayed.
import { random } from './random.ts';

/** Characters a format or a parser treats specially, each a source of a past or possible bug. */
export const SPECIAL = [
	...'*_`~#>-+=|\\[](){}<>&"\'!:;.,/?@$%^',
	'&amp;',
	'&lt;b&gt;',
	'<b>',
	'</p>',
	'<!-- x -->',
	'1.',
	'2)',
	'---',
	'***',
	'http://example.org/a?b=c&d',
	'www.example.org',
	'a@b.org',
	'{{x}}',
	'${x}',
	'%20',
	'#p3-s4',
	'\t',
	'\u00A0',
	'\u200B',
	'\u200D',
	'\uFEFF',
	'e\u0301',
	'𠀀',
	'𪚥',
	'👩‍👩‍👧',
	'🇨🇳',
	'עברית',
	'العربية',
	'\u202E',
	'﹏',
	'…',
	'——',
	'“',
	'”',
	'「',
	'」',
	'・',
	'㈠',
	'①',
	'Ⅱ',
	'％',
	'＆',
	'＜',
	'＞',
];
const CHINESE = [...'全国手工业工作会议确定今年生产任务合作社组织发展计划劳动率人民日报的了和在是有一二三四五六七八九十百万亿元'];
const ENGLISH = ['the', 'handicraft', 'cooperative', 'production', 'plan', 'meeting', 'of', 'and', 'in', 'Zhu', 'De', '1955', 'No.', 'U.S.', 'Mr.', 'e.g.'];

/** A paragraph of `sentences` sentences in one language, with special characters among its words. */
function paragraph(next: () => number, lang: 'zh' | 'en', sentences: number): string {
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
	const out: string[] = [];
	for (let s = 0; s < sentences; s++) {
		const parts: string[] = [];
		const length = 3 + Math.floor(next() * 8);
		for (let w = 0; w < length; w++) parts.push(next() < 0.3 ? pick(SPECIAL) : lang === 'zh' ? pick(CHINESE) + pick(CHINESE) : pick(ENGLISH));
		// A sentence begins with a letter and ends with its language's full stop (so the segmenter sees it).
		out.push(lang === 'zh' ? `${pick(CHINESE)}${parts.join('')}${pick(['。', '！', '？'])}` : `Word ${parts.join(' ')} end${pick(['.', '!', '?'])}`);
	}
	return out.join(lang === 'zh' ? '' : ' ');
}

/** One source file's text: the header, English paragraphs, `<hr />`, `Original:` and the Chinese. */
function sourceFile(next: () => number, index: number): string {
	const count = 1 + Math.floor(next() * 4);
	const english: string[] = [];
	const chinese: string[] = [];
	for (let p = 0; p < count; p++) {
		const zh = 1 + Math.floor(next() * 3);
		// About one paragraph in three is translated with a sentence more or fewer (unpaired).
		const en = next() < 0.33 ? Math.max(1, zh + (next() < 0.5 ? -1 : 1)) : zh;
		chinese.push(paragraph(next, 'zh', zh));
		english.push(paragraph(next, 'en', en));
	}
	const day = String(1 + (index % 28)).padStart(2, '0');
	const title = `Generated ${index} ${paragraph(next, 'en', 1)}`;
	const chineseTitle = `生成${index}${paragraph(next, 'zh', 1)}`;
	return [
		`Title: ${title}`,
		'Author: ',
		`Date: 1955-03-${day}`,
		'Page: 2',
		'',
		...english.flatMap((p) => [p, '']),
		'<hr />',
		'Original: ',
		'',
		`### ${chineseTitle}`,
		'',
		`1955-03-${day}`,
		'第2版()',
		'专栏：',
		'',
		`    ${chineseTitle}`,
		...chinese.map((p) => `    ${p}`),
		'',
	].join('\n');
}

/** `count` source files from `seed`, named as the numbered sources are. */
export function generatedSources(seed: number, count: number): { name: string; text: string }[] {
	const next = random(seed);
	return Array.from({ length: count }, (_, i) => ({ name: `${String(i).padStart(3, '0')}_generated${seed}.txt`, text: sourceFile(next, i) }));
}
