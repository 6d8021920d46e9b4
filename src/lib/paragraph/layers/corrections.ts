// The corrections layer: the editors' corrections of the translation, checked against its segments, each marked in the English beside the received words.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { correctionAnchor, incipit, paragraphAnchor, partsOfAnchor, segmentAnchor } from '../../anchors.ts';
import { SourceError } from '../../errors.ts';
import { escapeText, htmlUnits, mapHtmlText } from '../../html.ts';
import { chineseRunsHtml } from '../../lang-runs.ts';
import { correctionsSchema } from '../../schema.ts';
import { readYamlFile } from '../../yaml-file.ts';
import { segmentText, type LayerArticle, type ParagraphLayer } from '../layer.ts';

/** How a correction changes the received text: it replaces words, or inserts words omitted before or after them. */
export type CorrectionKind = 'replace' | 'before' | 'after';

/** An editorial correction attached to its paragraph, with its stable anchor and where its words are. */
export interface EditorialCorrection {
	/** `p4-c1`: the first correction on paragraph 4. Published like note anchors. */
	id: string;
	/** Its number within the paragraph. */
	k: number;
	paragraph: number;
	/** The segment it corrects (`p4-s2`, or `p4` in a paragraph published without sentence anchors). */
	segment: string;
	kind: CorrectionKind;
	/** The received words: those replaced, or those the omitted words go before or after. */
	received: string;
	/** The editors' reading: the words that replace the received ones, or the words inserted. */
	reading: string;
	reason: string;
	by: string;
	date: string;
	/** Where the received words are in the paragraph's English text (UTF-16 offsets). */
	start: number;
	end: number;
}

/** The corrections file of an article, where it is. */
export function correctionsFile(article: Pick<LayerArticle, 'files'>): string {
	return join(dirname(article.files.zh), 'corrections.yaml');
}

/** The paragraph's English as the editors read it: each correction applied to the received text. */
export function correctedText(text: string, corrections: EditorialCorrection[]): string {
	return [...corrections]
		.sort((a, b) => b.start - a.start)
		.reduce((out, c) => out.slice(0, c.start) + applied(c) + out.slice(c.end), text);
}

/**
 * Each segment of a paragraph's English as the editors read it, where a correction changes it
 * (undefined where none does); `sentences` joined are the paragraph's text.
 */
export function correctedSegments(sentences: string[], corrections: EditorialCorrection[]): (string | undefined)[] {
	let at = 0;
	return sentences.map((sentence) => {
		const from = at;
		at += sentence.length;
		const own = corrections.filter((c) => c.start >= from && c.end <= at).map((c) => ({ ...c, start: c.start - from, end: c.end - from }));
		return own.length ? correctedText(sentence, own) : undefined;
	});
}

/** The words of a correction as the corrected reading has them. */
export function applied(c: Pick<EditorialCorrection, 'kind' | 'received' | 'reading'>): string {
	return c.kind === 'replace' ? c.reading : c.kind === 'before' ? c.reading + c.received : c.received + c.reading;
}

/**
 * Reads an article's corrections file and checks each correction against the translation: its
 * segment must exist, and its received words must occur exactly once in that segment's English;
 * no two corrections may overlap. Numbers them per paragraph in the order written. Fails naming
 * file:line, the correction, the reason and the fix, every problem at once.
 */
export function attachCorrections(article: LayerArticle): EditorialCorrection[] {
	const path = correctionsFile(article);
	if (!existsSync(path)) return [];
	const { file, data, lineOf } = readYamlFile(path, correctionsSchema, 'see the example of a corrections file in docs/data-formats.md');
	const problems: string[] = [];
	const counts = new Map<number, number>();
	const attached: EditorialCorrection[] = [];
	data.corrections.forEach((c, i) => {
		const where = `${file}:${lineOf(['corrections', i])}: correction ${i + 1} (${c.segment})`;
		const { paragraph: n, segment: m = 0 } = partsOfAnchor(c.segment)!;
		const paragraph = article.paragraphs.find((p) => p.n === n);
		const segments = paragraph?.segments.en ?? [];
		if (!paragraph) return problems.push(`${where}: the article has no paragraph ${n}. Fix: give a segment of a paragraph from 1 to ${article.paragraphs.length}.`);
		if (!segments.length && m) return problems.push(`${where}: ¶${n} is published without sentence anchors. Fix: name the paragraph, ${paragraphAnchor(n)}.`);
		if (segments.length && !m) return problems.push(`${where}: ¶${n} has sentence anchors. Fix: name the segment that holds the words, ${segmentAnchor(n, 1)} to ${segmentAnchor(n, segments.length)}.`);
		if (m > segments.length) return problems.push(`${where}: ¶${n} has ${segments.length} segments. Fix: name one from ${segmentAnchor(n, 1)} to ${segmentAnchor(n, segments.length)}.`);
		const { text: segment, offset } = m ? segmentText(paragraph, 'en', m) : { text: paragraph.translation.text, offset: 0 };
		const kind: CorrectionKind = c.received !== undefined ? 'replace' : c.before !== undefined ? 'before' : 'after';
		const received = (c.received ?? c.before ?? c.after)!;
		const field = kind === 'replace' ? 'received' : kind;
		const at = segment.indexOf(received);
		if (at < 0) return problems.push(`${where}: the ${field} words “${received}” do not occur in the English of ${c.segment}. Fix: copy them exactly from the translation (the received text is never changed).`);
		if (segment.indexOf(received, at + 1) >= 0) return problems.push(`${where}: the ${field} words “${received}” occur more than once in ${c.segment}. Fix: give more words, so that they occur once.`);
		const k = (counts.get(n) ?? 0) + 1;
		counts.set(n, k);
		attached.push({ id: correctionAnchor(n, k), k, paragraph: n, segment: c.segment, kind, received, reading: c.reading, reason: c.reason, by: c.by, date: c.date, start: offset + at, end: offset + at + received.length });
	});
	for (const a of attached) {
		const overlap = attached.find((b) => b !== a && b.paragraph === a.paragraph && b.start < a.end && a.start < b.end);
		if (overlap && a.k < overlap.k) problems.push(`${file}: corrections ${a.id} and ${overlap.id} overlap in ${a.segment} (“${a.received}”, “${overlap.received}”). Fix: make them one correction.`);
	}
	if (problems.length) throw new SourceError(problems.join('\n'));
	return attached;
}

/**
 * Marks each correction's received words in a paragraph's English as a link to the correction,
 * its reading in `data-reading` (the reading choice shows it in their place; an insertion also
 * says where, in `data-insert`). The text is unchanged. Fails when the words cross a note's phrase
 * or formatting.
 */
export function markCorrections(html: string, corrections: EditorialCorrection[], file: string): string {
	const marked = new Set<string>();
	const out = mapHtmlText(html, (run, inLink, start) => {
		const units = htmlUnits(run);
		let text = '';
		let from = start;
		for (const c of corrections) {
			if (inLink || c.start < start || c.end > start + units.length) continue;
			const insert = c.kind === 'replace' ? '' : ` data-insert="${c.kind}"`;
			text += units.slice(from - start, c.start - start).join('');
			text += `<a href="#${c.id}" aria-describedby="${c.id}" data-reading="${escapeText(c.reading)}"${insert}>${units.slice(c.start - start, c.end - start).join('')}</a>`;
			from = c.end;
			marked.add(c.id);
		}
		return text + units.slice(from - start).join('');
	});
	const crossing = corrections.filter((c) => !marked.has(c.id));
	if (crossing.length) {
		throw new SourceError(
			crossing.map((c) => `${file}: the words “${c.received}” of correction ${c.id} cross a note’s phrase or formatting in ${c.segment}. Fix: choose words inside one run of plain text.`).join('\n'),
		);
	}
	return out;
}

/** The corrections layer: each article's corrections.yaml, its corrections marked in the English and published with anchors. */
export function correctionsLayer(): ParagraphLayer<'corrections', EditorialCorrection[]> {
	const files = new Map<string, string>();
	return {
		name: 'corrections',
		attach(article) {
			files.set(article.slug, correctionsFile(article));
			const corrections = attachCorrections(article);
			return (paragraph) => corrections.filter((c) => c.paragraph === paragraph.n);
		},
		markText: (html, own, lang, { slug }) => (lang === 'en' && own.length ? markCorrections(html, own, files.get(slug)!) : html),
		anchors: (own) => own.map((c) => [c.id, { zh: '', en: incipit(c.received) }]),
		// Where the view shows the translation: the received words struck through, the reading, the
		// reason; elsewhere only their anchors, so a link to one lands on its paragraph.
		entries: (own, { n, t, shows }) =>
			own.length
				? {
						className: 'notes corrections',
						label: t.correctionsOn(n),
						items: own.map((c) => ({
							id: c.id,
							k: c.k,
							html:
								(c.kind === 'replace' ? `<del>${escapeText(c.received)}</del> ` : '') +
								`<ins>${escapeText(c.reading.trim())}</ins>` +
								(c.kind === 'replace' ? '' : ` (${escapeText(t.inserted(c.kind, c.received))})`) +
								`: ${chineseRunsHtml(c.reason)}`,
						})),
						...(shows.translation ? {} : { anchorsOnly: true }),
					}
				: undefined,
	};
}
