// Proposes sentence groups for the paragraphs of an article whose two texts have different numbers
// of sentences, by Gale–Church on their lengths, as YAML for content/<slug>/alignment.yaml. It only
// proposes: the editor reviews the groups and commits the file; the build never guesses.
// Usage: npm run align -- <slug>
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { galeChurch } from '../lib/paragraph/alignment.ts';
import { chineseSentences, englishSentences } from '../lib/paragraph/sentences.ts';

const slug = process.argv[2];
const folder = join(resolve(process.env.EDITION_CONTENT_DIR || 'content'), slug ?? '');
if (!slug || !existsSync(join(folder, 'zh.md')) || !existsSync(join(folder, 'en.md'))) {
	console.error(`Usage: npm run align -- <slug>, where content/<slug>/ holds zh.md and en.md${slug ? ` (${folder} does not)` : ''}.`);
	process.exit(1);
}

/** A source file's paragraphs as text: the body after the front matter, Markdown escapes undone. */
function paragraphs(file: string): string[] {
	const body = readFileSync(join(folder, file), 'utf8').split(/^---$/m).slice(2).join('---');
	return body
		.trim()
		.split(/\n\s*\n/)
		.map((p) => p.replace(/\\(.)/g, '$1').replace(/&amp;/g, '&'));
}

const zh = paragraphs('zh.md');
const en = paragraphs('en.md');
if (zh.length !== en.length) {
	console.error(`${slug}: zh.md has ${zh.length} paragraphs, en.md has ${en.length}; sentences are grouped within paired paragraphs. Fix the paragraphs first.`);
	process.exit(1);
}
// The article's own ratio of English to Chinese characters is the length model's expectation.
const length = (texts: string[]) => texts.reduce((n, t) => n + [...t].length, 0);
const ratio = length(en) / length(zh);
const proposals = zh
	.map((text, i) => ({ n: i + 1, zh: chineseSentences(text), en: englishSentences(en[i]!) }))
	.filter((p) => p.zh.length !== p.en.length);
if (proposals.length === 0) {
	console.log(`# ${slug}: every paragraph has as many English sentences as Chinese ones; no alignment file is needed.`);
	process.exit(0);
}
const quote = (s: string) => JSON.stringify(s.trim().slice(0, 60));
const lines = [
	`# Proposed by npm run align (Gale–Church on sentence lengths, ${ratio.toFixed(2)} English characters per Chinese one).`,
	`# Review every group against the texts, then save as content/${slug}/alignment.yaml and commit it.`,
	'paragraphs:',
	...proposals.flatMap((p) => [
		`  - paragraph: ${p.n}`,
		'    segments:',
		...galeChurch(p.zh, p.en, ratio).flatMap((g) => [
			`      - zh: [${g.zh.join(', ')}] # ${g.zh.map((k) => quote(p.zh[k - 1]!)).join(' + ')}`,
			`        en: [${g.en.join(', ')}] # ${g.en.map((k) => quote(p.en[k - 1]!)).join(' + ')}`,
		]),
	]),
];
console.log(lines.join('\n'));
