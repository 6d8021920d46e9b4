// The TEI P5 download of an article.
import { segmentAnchor } from '../anchors.ts';
import type { Article } from '../article.ts';
import { escapeText as xml } from '../html.ts';

/**
 * The article as TEI P5: a header with the bibliographic record and source description, the Chinese
 * text and the English translation as two divs whose paragraphs carry `n` (the paragraph number) and
 * an `xml:id` ending in the web anchor (`zh-p3`, `en-p3`), aligned by `corresp` and a `linkGrp`;
 * each paragraph's sentences are `<s>` elements (`zh-p3-s4`), aligned with theirs by `corresp`.
 */
export function toTEI(article: Article, urls: { parallel: string; edition: string }, built: string): string {
	const { original, translation } = article;
	const paragraphs = (lang: 'zh' | 'en') =>
		article.paragraphs
			.map((p) => {
				const other = lang === 'zh' ? 'en' : 'zh';
				const sentences = lang === 'zh' ? p.original.sentences : p.translation.sentences;
				// Each sentence is an <s> aligned with its counterpart by corresp, under the segment's anchor.
				const body = sentences.map((text, i) => `<s xml:id="${lang}-${segmentAnchor(p.n, i + 1)}" corresp="#${other}-${segmentAnchor(p.n, i + 1)}">${xml(text)}</s>`).join('');
				return `        <p xml:id="${lang}-${p.id}" n="${p.n}" corresp="#${other}-${p.id}">${body}</p>`;
			})
			.join('\n');
	const translator = translation.translator
		? `<respStmt><resp>translated by</resp><name>${xml(translation.translator)}</name></respStmt>`
		: `<respStmt><resp>translation</resp><name>unknown</name></respStmt>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title xml:lang="zh-Hans">${xml(original.title)}</title>
        <title xml:lang="en" type="translated">${xml(translation.title)}</title>
        ${translator}
      </titleStmt>
      <publicationStmt>
        <publisher>${xml(urls.edition)}</publisher>
        <date when="${built}"/>
        <idno type="URL">${xml(urls.parallel)}</idno>
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
        </biblStruct>
        <p>${xml(original.source)}</p>
        <p>${xml(translation.source)} Translator: ${xml(translation.translator ?? translation.translatorNote)}</p>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <langUsage>
        <language ident="zh-Hans">Chinese (simplified characters)</language>
        <language ident="en">English</language>
      </langUsage>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <div type="original" xml:lang="zh-Hans">
${paragraphs('zh')}
      </div>
      <div type="translation" xml:lang="en">
${paragraphs('en')}
      </div>
      <linkGrp type="alignment">
${article.paragraphs.map((p) => `        <link target="#zh-${p.id} #en-${p.id}"/>`).join('\n')}
      </linkGrp>
    </body>
  </text>
</TEI>
`;
}
