// The notes layer: editorial notes numbered per paragraph, checked against the text, their phrases linked in the HTML.
import { incipit, noteAnchor } from '../../anchors.ts';
import { SourceError } from '../../errors.ts';
import { escapeText, markdownText } from '../../html.ts';
import { chineseRunsHtml } from '../../lang-runs.ts';
import type { ParagraphLayer } from '../layer.ts';
import { nearestPassage } from '../../near-miss.ts';
import { noteLines } from '../../note-lines.ts';

/** One editorial note as written in a notes file. */
export interface NoteSource {
	paragraph: number;
	phrase?: string | undefined;
	/** The language of the phrase: the Chinese original (default) or the English translation. */
	lang?: 'zh' | 'en' | undefined;
	text: string;
	basis: string;
}

/** An editorial note attached to its paragraph, with its stable anchor. */
export interface EditorialNote {
	/** `p3-n1`: the first note on paragraph 3. Published like paragraph anchors. */
	id: string;
	/** Its number within the paragraph. */
	k: number;
	paragraph: number;
	phrase?: string | undefined;
	lang: 'zh' | 'en';
	text: string;
	basis: string;
}


/**
 * Numbers an article's notes per paragraph, in the order written, and checks each against the text:
 * its paragraph must exist and its phrase must occur in that paragraph. Fails naming the file, the
 * note and the fix.
 */
export function attachNotes(notes: NoteSource[], paragraphs: { n: number; zh: string; en: string }[], file: string): EditorialNote[] {
	const counts = new Map<number, number>();
	const problems: string[] = [];
	// The lines of the notes in their file, read only when a message needs one.
	let lineOf: ReturnType<typeof noteLines> | undefined;
	const where = (index: number, key: 'paragraph' | 'phrase') => {
		const line = (lineOf ??= noteLines(file))(index, key);
		return `${file}${line ? `:${line}` : ''}: note ${index + 1} (¶${notes[index]!.paragraph})`;
	};
	const attached = notes.map((note, index) => {
		const paragraph = paragraphs.find((p) => p.n === note.paragraph);
		const lang = note.lang ?? 'zh';
		if (!paragraph) problems.push(`${where(index, 'paragraph')}: the article has no paragraph ${note.paragraph}. Fix: give a paragraph number from 1 to ${paragraphs.length}.`);
		else if (note.phrase !== undefined && !paragraph[lang].includes(note.phrase)) {
			const near = nearestPassage(paragraph[lang], note.phrase);
			problems.push(
				`${where(index, 'phrase')}: the phrase “${note.phrase}” does not occur in the ${lang === 'zh' ? 'Chinese' : 'English'} of ¶${note.paragraph}${near ? `; the nearest the text comes is “${near}”` : ''}. Fix: copy the phrase exactly from the text, or set lang.`,
			);
		}
		const k = (counts.get(note.paragraph) ?? 0) + 1;
		counts.set(note.paragraph, k);
		return { id: noteAnchor(note.paragraph, k), k, paragraph: note.paragraph, phrase: note.phrase, lang, text: note.text, basis: note.basis };
	});
	if (problems.length) throw new SourceError(problems.join('\n'));
	return attached;
}

/**
 * Links the first occurrence of a note's phrase in a paragraph's HTML to the note, as a marker. The
 * text is unchanged: the phrase is wrapped, and the note's number is drawn by CSS, not written into
 * the text. Fails if the phrase crosses markup (emphasis, a link).
 */
export function markPhrase(html: string, note: EditorialNote, file: string): string {
	if (!note.phrase) return html;
	// The Markdown pipeline writes & and < as &#x26; and &#x3C;; the phrase is matched the same way.
	const needle = markdownText(note.phrase);
	const at = html.indexOf(needle);
	if (at < 0) throw new SourceError(`${file}: the phrase “${note.phrase}” of note ${note.id} crosses formatting in ¶${note.paragraph}. Fix: choose a phrase inside one run of plain text.`);
	const marked = `<a class="note-ref" href="#${note.id}" data-note="${note.k}" aria-describedby="${note.id}">${needle}</a>`;
	return html.slice(0, at) + marked + html.slice(at + needle.length);
}

/** An article's notes file as loaded: its path and its notes. */
export interface NotesFile {
	file: string;
	notes: NoteSource[];
}

/** The notes layer: each article's notes file, checked against its text, each note's phrase linked to it. */
export function notesLayer(files: Map<string, NotesFile>): ParagraphLayer<'notes', EditorialNote[]> {
	return {
		name: 'notes',
		sources: () => [...files].map(([slug, { file }]) => ({ slug, file })),
		attach(article) {
			const source = files.get(article.slug);
			const notes = source ? attachNotes(source.notes, article.paragraphs.map((p) => ({ n: p.n, zh: p.original.text, en: p.translation.text })), source.file) : [];
			return (paragraph) => notes.filter((note) => note.paragraph === paragraph.n);
		},
		markText: (html, own, lang, { slug }) => own.filter((note) => note.lang === lang).reduce((out, note) => markPhrase(out, note, files.get(slug)?.file ?? ''), html),
		anchors: (own) => own.map((note) => [note.id, { zh: note.phrase ?? '', en: incipit(note.text) }]),
		// In English on every view (the Chinese view says so in the list's name), each with its basis.
		entries: (own, { n, t }) =>
			own.length
				? {
						className: 'notes',
						label: t.notesOn(n),
						items: own.map((note) => ({ id: note.id, k: note.k, html: `${chineseRunsHtml(note.text)} <span class="note-basis">${escapeText(t.basis)}: ${chineseRunsHtml(note.basis)}</span>` })),
					}
				: undefined,
	};
}
