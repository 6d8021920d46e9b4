// The TEI P5 download of an article: header, the two texts with sentences, notes and names marked, and the glossary.
import { segmentAnchor } from '../anchors.ts';
import type { AlignedParagraph, Article } from '../article.ts';
import type { GlossaryEntry } from '../paragraph/layers/glossary.ts';
import { applied, type EditorialCorrection } from '../paragraph/layers/corrections.ts';
import type { WordLink } from '../paragraph/layers/word-links.ts';
import { escapeText as xml } from '../html.ts';
import { chineseRuns } from '../lang-runs.ts';
import { inlineXml, type InlineRange } from './tei-inline.ts';

/** What the header says about the edition itself: its name, licence and stable URLs. */
export interface TeiEdition {
	name: string;
	licence: { name: string; url: string };
	/** The article's parallel page, its citable URL. */
	parallel: string;
}

type Lang = 'zh' | 'en';
const PINYIN = 'zh-Latn-pinyin';

/** A glossary entry's xml:id: its id behind a prefix, since an id may begin with a digit, which xml:id may not. */
const entryId = (entry: GlossaryEntry) => `gloss-${entry.id}`;

/** The element a glossary occurrence is marked with, by the entry's kind. */
const NAME_ELEMENT: Record<GlossaryEntry['kind'], string> = { person: 'persName', organisation: 'orgName', event: 'term', term: 'term', slogan: 'term' };

/** Prose of the edition (notes, descriptions) as TEI: escaped, the Chinese it quotes in `<foreign xml:lang>`. */
function prose(text: string): string {
	return chineseRuns(text)
		.map((run) => (run.zh ? `<foreign xml:lang="zh-Hans">${xml(run.text)}</foreign>` : xml(run.text)))
		.join('');
}

/** A paragraph's text in one language with its sentences (`<s>`), noted phrases (`<seg>`) and glossary names marked. */
function paragraphXml(p: AlignedParagraph, lang: Lang): string {
	const other: Lang = lang === 'zh' ? 'en' : 'zh';
	const version = lang === 'zh' ? p.original : p.translation;
	const ranges: InlineRange[] = [];
	let at = 0;
	version.sentences.forEach((sentence, i) => {
		const anchor = segmentAnchor(p.n, i + 1);
		ranges.push({ start: at, end: at + sentence.length, rank: 0, open: () => `<s xml:id="${lang}-${anchor}" corresp="#${other}-${anchor}">`, close: '</s>' });
		at += sentence.length;
	});
	for (const note of p.layers.notes) {
		if (!note.phrase || note.lang !== lang) continue;
		// The phrase the page links to its note: its first occurrence in the paragraph.
		const start = version.text.indexOf(note.phrase);
		ranges.push({ start, end: start + note.phrase.length, rank: 1, open: (first) => (first ? `<seg xml:id="${lang}-${note.id}">` : `<seg prev="#${lang}-${note.id}">`), close: '</seg>' });
	}
	// A correction of the translation: the received words in <sic>, the words as the editors read them
	// (for an omission, the received words with the words inserted) in <corr>, its reason a note.
	if (lang === 'en') {
		for (const c of p.layers.corrections) {
			ranges.push({
				start: c.start,
				end: c.end,
				rank: 0.5,
				open: (first) => (first ? `<choice xml:id="en-${c.id}"><sic>` : '<sic>'),
				close: `</sic><corr resp="#${responsible(c)}">${xml(applied(c))}</corr></choice>`,
			});
		}
	}
	for (const { entry, start, end } of p.layers.glossary[lang]) {
		const element = NAME_ELEMENT[entry.kind];
		ranges.push({ start, end, rank: 2, open: () => `<${element} ref="#${entryId(entry)}">`, close: `</${element}>` });
	}
	// The words of each word link, innermost: a <seg type="word"> the linkGrp of the words points at.
	for (const link of p.layers.wordLinks) {
		link[lang].forEach(({ start, end }, i) => {
			const id = wordId(lang, link, i);
			ranges.push({ start, end, rank: 3, open: (first) => (first ? `<seg type="word" xml:id="${id}">` : `<seg type="word" prev="#${id}">`), close: '</seg>' });
		});
	}
	return `        <p xml:id="${lang}-${p.id}" n="${p.n}" corresp="#${other}-${p.id}">${inlineXml(version.text, ranges)}</p>`;
}

/** The xml:id of the i-th piece of a word link in one language: `zh-p1-s2-l3-1`. */
function wordId(lang: Lang, link: WordLink, i: number): string {
	return `${lang}-${link.segment}-l${link.k}-${i + 1}`;
}

/**
 * The word links as a linkGrp: each link points at its Chinese and its English words. In a document of
 * one version (`only`), the other version's words are pointed at in the whole document (`whole`).
 */
function wordLinksXml(article: Article, only?: { lang: Lang; whole: string }): string {
	const links = article.paragraphs.flatMap((p) => p.layers.wordLinks);
	if (!links.length) return '';
	const at = (lang: Lang) => (only && only.lang !== lang ? xml(only.whole) : '');
	const targets = (link: WordLink) => (['zh', 'en'] as const).flatMap((lang) => link[lang].map((_, i) => `${at(lang)}#${wordId(lang, link, i)}`)).join(' ');
	return `\n      <linkGrp type="words">\n${links.map((link) => `        <link target="${targets(link)}"/>`).join('\n')}\n      </linkGrp>`;
}

/** The article's glossary entries, once each, in the order they first occur (the Chinese first). */
function entriesOf(article: Article): GlossaryEntry[] {
	const seen = new Map<string, GlossaryEntry>();
	for (const lang of ['zh', 'en'] as const) {
		for (const p of article.paragraphs) for (const { entry } of p.layers.glossary[lang]) if (!seen.has(entry.id)) seen.set(entry.id, entry);
	}
	return [...seen.values()];
}

/** The glossary as TEI standOff: people, organisations, and a list of the events, terms and slogans. */
function glossaryXml(entries: GlossaryEntry[]): string {
	const forms = (element: string, entry: GlossaryEntry) =>
		`<${element} xml:lang="zh-Hans">${xml(entry.zh)}</${element}><${element} xml:lang="${PINYIN}">${xml(entry.pinyin)}</${element}><${element} xml:lang="en">${xml(entry.en)}</${element}>`;
	const of = (kinds: GlossaryEntry['kind'][]) => entries.filter((e) => kinds.includes(e.kind));
	const people = of(['person']).map((e) => `        <person xml:id="${entryId(e)}">${forms('persName', e)}<note>${prose(e.description)}</note></person>`);
	const orgs = of(['organisation']).map((e) => `        <org xml:id="${entryId(e)}">${forms('orgName', e)}<note>${prose(e.description)}</note></org>`);
	const terms = of(['event', 'term', 'slogan']).map((e) => `        <item xml:id="${entryId(e)}" n="${e.kind}">${forms('term', e)}<gloss>${prose(e.description)}</gloss></item>`);
	return [
		people.length ? `      <listPerson>\n${people.join('\n')}\n      </listPerson>` : '',
		orgs.length ? `      <listOrg>\n${orgs.join('\n')}\n      </listOrg>` : '',
		terms.length ? `      <list type="glossary">\n${terms.join('\n')}\n      </list>` : '',
	]
		.filter(Boolean)
		.join('\n');
}

/** The xml:id of who made a correction: the header names each once (respStmts). */
function responsible(c: Pick<EditorialCorrection, 'by'>): string {
	return `resp-${c.by.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'editors'}`;
}

/** The article's corrections, in order. */
function correctionsOf(article: Article): EditorialCorrection[] {
	return article.paragraphs.flatMap((p) => p.layers.corrections);
}

/** Each correction's reason, pointing at its choice in the translation. */
function correctionsXml(article: Article): string {
	return correctionsOf(article)
		.map((c) => `      <note xml:id="${c.id}" type="correction" target="#en-${c.id}" resp="#${responsible(c)}" n="${c.k}"><p>${prose(c.reason)}</p></note>`)
		.join('\n');
}

/** The editorial notes, each pointing at its phrase or, without one, at its paragraph in both languages. */
function notesXml(article: Article): string {
	return article.paragraphs
		.flatMap((p) =>
			p.layers.notes.map((note) => {
				const target = note.phrase ? `#${note.lang}-${note.id}` : `#zh-${p.id} #en-${p.id}`;
				return `      <note xml:id="${note.id}" type="editorial" target="${target}" n="${note.k}"><p>${prose(note.text)}</p><note type="basis">${prose(note.basis)}</note></note>`;
			}),
		)
		.join('\n');
}

/**
 * The article as TEI P5 (validated against tei_all.rng in the tests): a header with the record, the
 * edition's licence and the editorial principles; a standOff with the glossary entries the article
 * names and the editorial notes; and the text, the Chinese and the English as two divs whose
 * paragraphs carry `n` and an `xml:id` ending in the web anchor (`zh-p3`), their sentences `<s>`
 * (`zh-p3-s4`, aligned by `corresp`), the phrases notes are about `<seg>`, and every glossary
 * occurrence `<persName>`, `<orgName>` or `<term>` with a `ref` to its entry. The text nodes of each
 * paragraph, joined, are the page's text.
 */
/** Who made the article's corrections, each once, for their resp. */
function respStmts(article: Article): string {
	const by = new Map(correctionsOf(article).map((c) => [responsible(c), c.by]));
	return [...by].map(([id, name]) => `\n        <respStmt xml:id="${id}"><resp>corrections of the translation</resp><name>${xml(name)}</name></respStmt>`).join('');
}

/** Each correction as a change of the edition: when, by whom, where. */
function revisionDesc(article: Article): string {
	const changes = correctionsOf(article).map((c) => `\n      <change when="${c.date}" who="#${responsible(c)}" target="#en-${c.id}">Corrected the translation of ${c.segment}.</change>`);
	return changes.length ? `\n    <revisionDesc>${changes.join('')}\n    </revisionDesc>` : '';
}

/** The TEI header of an article's documents: the record, the edition's licence and its editorial principles. */
function teiHeader(article: Article, edition: TeiEdition, built: string): string {
	const { original, translation } = article;
	const translator = translation.translator
		? `<respStmt><resp>translated by</resp><name>${xml(translation.translator)}</name></respStmt>`
		: `<respStmt><resp>translation</resp><name>unknown</name></respStmt>`;
	return `  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title xml:lang="zh-Hans">${xml(original.title)}</title>
        <title xml:lang="en" type="translated">${xml(translation.title)}</title>
        ${translator}${respStmts(article)}
      </titleStmt>
      <publicationStmt>
        <publisher>${xml(edition.name)}</publisher>
        <date when="${built}"/>
        <availability><licence target="${xml(edition.licence.url)}">${xml(edition.licence.name)}</licence></availability>
        <idno type="URL">${xml(edition.parallel)}</idno>
      </publicationStmt>
      <sourceDesc>
        <biblStruct>
          <analytic>
            <title level="a" xml:lang="zh-Hans">${xml(original.title)}</title>
            ${original.author ? `<author>${xml(original.author)}</author>` : '<author/>'}
          </analytic>
          <monogr>
            <title level="j" xml:lang="zh-Hans">${xml(original.publication.zh)}</title>
            <title level="j" xml:lang="en" type="translated">${xml(original.publication.en)}</title>
            <imprint>
              <date when="${original.date}"/>
              <biblScope unit="page">${original.page}</biblScope>
            </imprint>
          </monogr>
          <note type="transcription">${prose(original.source)}</note>
          <note type="translation">${prose(translation.source)} Translator: ${prose(translation.translator ?? translation.translatorNote)}</note>
        </biblStruct>
      </sourceDesc>
    </fileDesc>
    <encodingDesc>
      <editorialDecl>
        <correction><p>The Chinese original and the English translation are transcribed verbatim from the source, character for character, with the full-width punctuation, numerals and wording as printed. Nothing is normalised. Where the editors found an error of meaning in the translation, the received words stay in sic and the editors' reading is given beside them in corr, within choice; the reason is a note of type correction in the standOff. Comments are editorial notes there, each pointing at the phrase or paragraph it is about.</p></correction>
        <segmentation><p>Paragraphs are numbered from 1 in both languages and keep their number once published (xml:id zh-pN and en-pN; on the web, the anchor #pN). Each paragraph is divided into sentences, the Chinese at 。！？ with any closing quote or bracket, the English at sentence ends but not after abbreviations or before a lower-case word or a numeral; the Mth sentence of paragraph N in each language forms segment pN-sM (s elements zh-pN-sM and en-pN-sM, aligned by corresp; web anchor #pN-sM), except where the article's alignment file groups sentences into one segment; a paragraph whose sentences are not yet paired has no s elements.</p></segmentation>
        <interpretation><p>Where the editors have aligned a segment word by word, the linkGrp of type words links the Chinese words (seg elements of type word, zh-pN-sM-lK-I) to the English words of the received translation that render them (en-pN-sM-lK-I).</p></interpretation>
      </editorialDecl>
    </encodingDesc>
    <profileDesc>
      <langUsage>
        <language ident="zh-Hans">Chinese (simplified characters)</language>
        <language ident="en">English</language>
        <language ident="${PINYIN}">Chinese in pinyin, with tones</language>
      </langUsage>
    </profileDesc>${revisionDesc(article)}
  </teiHeader>`;
}

export function toTEI(article: Article, edition: TeiEdition, built: string): string {
	const notes = notesXml(article);
	const glossary = glossaryXml(entriesOf(article));
	const standOff = [glossary, notes, correctionsXml(article)].filter(Boolean).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
${teiHeader(article, edition, built)}
${standOff ? `  <standOff>\n${standOff}\n  </standOff>\n` : ''}  <text>
    <body>
      <div type="original" xml:lang="zh-Hans">
${article.paragraphs.map((p) => paragraphXml(p, 'zh')).join('\n')}
      </div>
      <div type="translation" xml:lang="en">
${article.paragraphs.map((p) => paragraphXml(p, 'en')).join('\n')}
      </div>
      <linkGrp type="alignment">
${article.paragraphs.map((p) => `        <link target="#zh-${p.id} #en-${p.id}"/>`).join('\n')}
      </linkGrp>${wordLinksXml(article)}
    </body>
  </text>
</TEI>
`;
}

/** Where DTS's passage wrapper lives (its Document endpoint wraps a passage in `<dts:wrapper>`). */
export const DTS_NAMESPACE = 'https://w3id.org/api/dts#';

const DIV: Record<Lang, string> = { zh: 'type="original" xml:lang="zh-Hans"', en: 'type="translation" xml:lang="en"' };

/**
 * One version of an article (the Chinese original or the English translation) as TEI: the header,
 * the standOff, and that version's div alone, its paragraphs and sentences marked as in toTEI, and
 * the word links (the other version's words in the whole document, tei.xml). The DTS Document
 * endpoint's answer for the whole Resource.
 */
export function versionTEI(article: Article, lang: Lang, edition: TeiEdition, built: string): string {
	const standOff = [glossaryXml(entriesOf(article)), notesXml(article), correctionsXml(article)].filter(Boolean).join('\n');
	return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
${teiHeader(article, edition, built)}
${standOff ? `  <standOff>\n${standOff}\n  </standOff>\n` : ''}  <text>
    <body>
      <div ${DIV[lang]}>
${article.paragraphs.map((p) => paragraphXml(p, lang)).join('\n')}
      </div>${wordLinksXml(article, { lang, whole: `${edition.parallel}tei.xml` })}
    </body>
  </text>
</TEI>
`;
}

/** A paragraph as the DTS passages hold it, serialised once however many ranges hold it (kept while the paragraph is). */
const passageParagraphs = new WeakMap<AlignedParagraph, Partial<Record<Lang, string>>>();
function passageParagraph(p: AlignedParagraph, lang: Lang): string {
	const made = passageParagraphs.get(p) ?? {};
	passageParagraphs.set(p, made);
	return (made[lang] ??= paragraphXml(p, lang).trim());
}

/**
 * A passage of one version, a paragraph (`p3`) or a sentence (`p3-s4`), or a range from `ref` to
 * `end` (the paragraphs `p2` to `p4`, or the sentences `p3-s2` to `p3-s5` of one paragraph), as the
 * DTS Document endpoint returns it: a TEI document with the header, whose text holds the passage
 * inside `<dts:wrapper>` (sentences inside their paragraph's <p>, so that without the wrapper the
 * document is valid TEI). Its header is short, pointing to the whole document's (`edition.parallel`
 * + tei.xml), since a client fetches many passages; its URL is the page's address of the passage's
 * first unit (the page has none for a range). Undefined when the version has no such passage
 * (sentences of two paragraphs, or a paragraph with a sentence, make none).
 */
export function passageTEI(article: Article, lang: Lang, ref: string, edition: TeiEdition, built: string, end = ref): string | undefined {
	const paragraph = article.paragraphs.find((p) => p.id === ref.split('-')[0]);
	if (!paragraph) return undefined;
	const whole = passageParagraph(paragraph, lang);
	const wrap = (xmlText: string) => `<dts:wrapper xmlns:dts="${DTS_NAMESPACE}">${xmlText}</dts:wrapper>`;
	let passage: string;
	if (ref === paragraph.id) {
		// The paragraph, or the paragraphs from it to `end`.
		const paragraphs = article.paragraphs.slice(article.paragraphs.indexOf(paragraph), article.paragraphs.findIndex((p) => p.id === end) + 1);
		if (!paragraphs.length) return undefined;
		passage = `        ${wrap(paragraphs.map((p) => passageParagraph(p, lang)).join('\n        '))}`;
	} else {
		// Sentences of one paragraph: their <s> (sentences do not nest, and every other element nests
		// inside them), from the first's start tag to the last's end tag, inside the paragraph's tags.
		if (end.split('-')[0] !== paragraph.id) return undefined;
		const [from, lastFrom] = [ref, end].map((unit) => whole.indexOf(`<s xml:id="${lang}-${unit}"`)) as [number, number];
		if (from < 0 || lastFrom < from) return undefined;
		const open = /^<p [^>]*>/.exec(whole)![0];
		passage = `        ${open}${wrap(whole.slice(from, whole.indexOf('</s>', lastFrom) + '</s>'.length))}</p>`;
	}
	const { original, translation } = article;
	return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title xml:lang="zh-Hans">${xml(original.title)}</title>
        <title xml:lang="en" type="translated">${xml(translation.title)}</title>
      </titleStmt>
      <publicationStmt>
        <publisher>${xml(edition.name)}</publisher>
        <date when="${built}"/>
        <availability><licence target="${xml(edition.licence.url)}">${xml(edition.licence.name)}</licence></availability>
        <idno type="URL">${xml(edition.parallel)}#${ref}</idno>
      </publicationStmt>
      <sourceDesc>
        <bibl><title level="j" xml:lang="zh-Hans">${xml(original.publication.zh)}</title>, <date when="${original.date}"/>, <biblScope unit="page">${original.page}</biblScope>; the whole document and its header: <ref target="${xml(edition.parallel)}tei.xml">tei.xml</ref></bibl>
      </sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
      <div ${DIV[lang]}>
${passage}
      </div>
    </body>
  </text>
</TEI>
`;
}
