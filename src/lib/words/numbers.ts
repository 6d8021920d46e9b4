// Numbers and dates written in Chinese (一九五四年, 百分之十, 十二万亿元, 一月五日), each with the English forms a translation may render it by.

/** A number or date of a Chinese text: where it is (UTF-16 offsets) and its English forms, the likeliest first. */
export interface ChineseNumber {
	start: number;
	end: number;
	text: string;
	forms: string[];
}

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const DIGITS = '〇零一二三四五六七八九两';
const NUMERAL = `[${DIGITS}十百千0-9]+`;

/** A numeral's value: digits written in a row (一九五四, 1954) or with units (二百, 五十五, 一百一十). */
export function numeralValue(numeral: string): number | undefined {
	if (/^[0-9]+$/.test(numeral)) return Number(numeral);
	if (!/[十百千]/.test(numeral)) return [...numeral].every((c) => c in DIGIT) ? Number([...numeral].map((c) => DIGIT[c]).join('')) : undefined;
	let total = 0;
	let digit: number | undefined;
	for (const c of numeral) {
		if (c in DIGIT) digit = DIGIT[c];
		else if (c in UNIT) {
			total += (digit ?? 1) * UNIT[c]!;
			digit = undefined;
		} else return undefined;
	}
	return total + (digit ?? 0);
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A whole number under a hundred in words (fifty-five); undefined above. */
function inWords(n: number): string | undefined {
	if (!Number.isInteger(n) || n < 0 || n >= 100) return undefined;
	return n < 20 ? ONES[n] : `${TENS[Math.floor(n / 10)]}${n % 10 ? `-${ONES[n % 10]}` : ''}`;
}

/** 5 → 5th, 1 → 1st, 22 → 22nd. */
function ordinal(n: number): string {
	const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
	return `${n}${suffix}`;
}

/** A quantity's English forms: digits (1954, 3.69), a scale word (1.1 million, 12 trillion), words (twelve, Twelve). */
function quantityForms(value: number): string[] {
	const forms: string[] = [];
	for (const [scale, name] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
		const scaled = Math.round((value / scale) * 1000) / 1000;
		if (scaled < 1) continue;
		if (Math.abs(scaled * scale - value) < 1e-6 * value) forms.push(`${scaled} ${name}`);
		break;
	}
	forms.push(String(value), value.toLocaleString('en-US'));
	const words = inWords(value);
	if (words) forms.push(words, words[0]!.toUpperCase() + words.slice(1));
	return [...new Set(forms)];
}

/** What a measure word after a number adds in English, if anything: 元 yuan, 倍 times. */
const MEASURE_EN: Record<string, string> = { 元: 'yuan', 倍: 'times' };

const PATTERNS: { pattern: RegExp; forms: (m: RegExpExecArray) => string[] }[] = [
	// A year: 一九五四年 → 1954.
	{ pattern: new RegExp(`([${DIGITS}0-9]{4})年`, 'gu'), forms: (m) => [String(numeralValue(m[1]!))] },
	// A day of a month: 一月五日 → January 5th, January 5, 5 January.
	{
		pattern: new RegExp(`(${NUMERAL})月(${NUMERAL})[日号]`, 'gu'),
		forms: (m) => {
			const month = MONTHS[numeralValue(m[1]!)! - 1];
			const day = numeralValue(m[2]!)!;
			return month ? [`${month} ${ordinal(day)}`, `${month} ${day}`, `${day} ${month}`, `${ordinal(day)} ${month}`] : [];
		},
	},
	// A percentage: 百分之十 → 10%, 10 per cent, 10 percent.
	{ pattern: new RegExp(`百分之(${NUMERAL})`, 'gu'), forms: (m) => [`${numeralValue(m[1]!)}%`, `${numeralValue(m[1]!)} per cent`, `${numeralValue(m[1]!)} percent`] },
	// A quantity: 十二万亿元 → 12 trillion yuan, 一百一十多万人 → more than 1.1 million, 三点六九倍 → 3.69 times, 十二个 → twelve.
	{
		pattern: new RegExp(`(${NUMERAL})(?:点([${DIGITS}0-9]+))?(多)?(万亿|亿|万)?([个人名位元倍次项家])?`, 'gu'),
		forms: (m) => {
			const whole = numeralValue(m[1]!);
			// The digits after 点 are read one by one (三点六九 → 3.69).
			const decimals = m[2] ? [...m[2]].map((c) => DIGIT[c] ?? c).join('') : '';
			if (whole === undefined || !/^[0-9]*$/.test(decimals)) return [];
			const scale = { 万亿: 1e12, 亿: 1e8, 万: 1e4 }[m[4] ?? ''] ?? 1;
			const value = Math.round(Number(`${whole}.${decimals || 0}`) * scale * 1e6) / 1e6;
			const quantities = quantityForms(value);
			const measure = MEASURE_EN[m[5] ?? ''];
			const withMeasure = quantities.flatMap((q) => (measure ? [`${q} ${measure}`, q] : [q]));
			return m[3] ? withMeasure.flatMap((q) => [`more than ${q}`, `over ${q}`, q]) : withMeasure;
		},
	},
];

/**
 * The numbers and dates of a Chinese text, leftmost first, never overlapping (a year before the
 * quantity its digits would also read as), each with its English forms. A lone 一 (一些, 一个) is
 * no number: a quantity needs two characters or a measure word.
 */
export function chineseNumbers(text: string): ChineseNumber[] {
	const found: ChineseNumber[] = [];
	for (const { pattern, forms } of PATTERNS) {
		for (const m of text.matchAll(pattern)) {
			const start = m.index;
			const end = start + m[0].length;
			if (m[0].length < 2 || found.some((f) => f.start < end && start < f.end)) continue;
			const english = forms(m as RegExpExecArray);
			if (english.length) found.push({ start, end, text: m[0], forms: english });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
