// Sentence groups for the paragraphs whose two texts have different numbers of sentences, proposed by
// Gale–Church on their lengths. The build never guesses: without groups such a paragraph is published
// by paragraph, without sentence anchors, and groups written here wait for an editor's review.
// Usage: npm run align -- <slug>            print the proposal (YAML for content/<slug>/alignment.yaml)
//        npm run align -- <slug> --write    add it to that file, each paragraph marked `reviewed: false`
//        npm run align -- <slug> --words    word links proposed for its segments (--write: added to word-links.yaml)
//        npm run align -- --list            every paragraph of the corpus published by paragraph, and why
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readAlignmentFile } from '../lib/paragraph/alignment-file.ts';
import { galeChurch, type SegmentGroup } from '../lib/paragraph/alignment.ts';
import { chineseSentences, englishSentences } from '../lib/paragraph/sentences.ts';
import { settings } from '../lib/settings.ts';
import { sourceParagraphs as paragraphs } from '../lib/paragraph/source-folder.ts';
import { proposeWords } from './align-words.ts';

const content = settings().contentDir;
const args = process.argv.slice(2);
const slug = args.find((a) => !a.startsWith('--'));
const usage = 'Usage: npm run align -- <slug> [--words] [--write], where content/<slug>/ holds zh.md and en.md; or npm run align -- --list.';

/** An article's paragraphs whose sentence counts differ, with their sentences; undefined when its paragraphs do not pair. */
function unequalParagraphs(folder: string) {
	const zh = paragraphs(folder, 'zh.md');
	const en = paragraphs(folder, 'en.md');
	if (zh.length !== en.length) return undefined;
	// The article's own ratio of English to Chinese characters is the length model's expectation.
	const length = (texts: string[]) => texts.reduce((n, t) => n + [...t].length, 0);
	const ratio = length(en) / length(zh);
	const found = zh.map((text, i) => ({ n: i + 1, zh: chineseSentences(text), en: englishSentences(en[i]!) })).filter((p) => p.zh.length !== p.en.length);
	return { ratio, found };
}

const quote = (s: string) => JSON.stringify(s.trim().slice(0, 60));

/** A proposal's groups as YAML lines, each with the opening words of its sentences for the review. */
function groupLines(p: { zh: string[]; en: string[] }, groups: SegmentGroup[], indent: string): string[] {
	return groups.flatMap((g) => [
		`${indent}- zh: [${g.zh.join(', ')}] # ${g.zh.map((k) => quote(p.zh[k - 1]!)).join(' + ')}`,
		`${indent}  en: [${g.en.join(', ')}] # ${g.en.map((k) => quote(p.en[k - 1]!)).join(' + ')}`,
	]);
}

function list(): void {
	const folders = readdirSync(content, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(content, d.name, 'zh.md')));
	let count = 0;
	for (const { name } of folders) {
		const folder = join(content, name);
		const unequal = unequalParagraphs(folder);
		if (!unequal) {
			console.log(`${name}: its paragraphs do not pair (zh.md and en.md have different counts); the build names the fix.`);
			continue;
		}
		const entries = readAlignmentFile(folder)?.paragraphs ?? [];
		for (const p of unequal.found) {
			const entry = entries.find((e) => e.paragraph === p.n);
			if (entry && entry.reviewed !== false) continue;
			count++;
			console.log(`${name} ¶${p.n}: ${p.zh.length} Chinese and ${p.en.length} English sentences; ${entry ? 'groups await review' : 'no groups'}`);
		}
		for (const entry of entries) {
			if (entry.reviewed === false && !unequal.found.some((p) => p.n === entry.paragraph)) {
				count++;
				console.log(`${name} ¶${entry.paragraph}: groups await review`);
			}
		}
	}
	console.log(`${count} paragraph${count === 1 ? '' : 's'} published by paragraph, without sentence anchors. For each article: npm run align -- <slug> --write, then review content/<slug>/alignment.yaml.`);
}

function propose(slug: string, write: boolean): void {
	const folder = join(content, slug);
	if (!existsSync(join(folder, 'zh.md')) || !existsSync(join(folder, 'en.md'))) {
		console.error(`${usage} (${folder} does not)`);
		process.exit(1);
	}
	const unequal = unequalParagraphs(folder);
	if (!unequal) {
		console.error(`${slug}: zh.md and en.md have different numbers of paragraphs; sentences are grouped within paired paragraphs. Fix the paragraphs first.`);
		process.exit(1);
	}
	const file = join(folder, 'alignment.yaml');
	const existing = readAlignmentFile(folder)?.paragraphs ?? [];
	// Paragraphs an editor has grouped already are never proposed again.
	const proposals = unequal.found.filter((p) => !existing.some((e) => e.paragraph === p.n));
	if (proposals.length === 0) {
		console.log(`# ${slug}: every paragraph has as many English sentences as Chinese ones${existing.length ? ', or groups in alignment.yaml' : ''}; nothing to propose.`);
		return;
	}
	const entries = proposals.map((p) => ({ p, groups: galeChurch(p.zh, p.en, unequal.ratio) }));
	if (!write) {
		const lines = [
			`# Proposed by npm run align (Gale–Church on sentence lengths, ${unequal.ratio.toFixed(2)} English characters per Chinese one).`,
			`# Review every group against the texts, then save as content/${slug}/alignment.yaml (or run with --write).`,
			'paragraphs:',
			...entries.flatMap(({ p, groups }) => [`  - paragraph: ${p.n}`, '    reviewed: false', '    segments:', ...groupLines(p, groups, '      ')]),
		];
		console.log(lines.join('\n'));
		return;
	}
	// Added to the file as YAML text, so the editor's comments and entries stay as they were.
	const raw = existsSync(file) ? readFileSync(file, 'utf8') : `# Sentence groups for ${slug}: see docs/segments.md.\nparagraphs:\n`;
	if (!(existing.length || /^paragraphs:\s*(\[\s*\])?\s*$/m.test(raw))) {
		console.error(`${relative(process.cwd(), file)}: no \`paragraphs:\` list to add to. Fix: make the file's last key \`paragraphs:\` (see docs/segments.md), then run again.`);
		process.exit(1);
	}
	const added = entries.flatMap(({ p, groups }) => [
		`  # Proposed by npm run align (Gale–Church, ${unequal.ratio.toFixed(2)} English characters per Chinese one): review, then set reviewed: true.`,
		`  - paragraph: ${p.n}`,
		'    reviewed: false',
		'    segments:',
		...groupLines(p, groups, '      '),
	]);
	const text = `${raw.replace(/^paragraphs:\s*\[\s*\]\s*$/m, 'paragraphs:').trimEnd()}\n${added.join('\n')}\n`;
	writeFileSync(file, text);
	// What was written must read back as the build reads it.
	const check = readAlignmentFile(folder);
	if (!check || check.paragraphs.length !== existing.length + entries.length) {
		writeFileSync(file, raw);
		console.error(`${relative(process.cwd(), file)}: the proposal could not be added (the file was restored). Fix: add the groups printed by \`npm run align -- ${slug}\` by hand.`);
		process.exit(1);
	}
	console.log(`${relative(process.cwd(), file)}: groups for ¶${entries.map((e) => e.p.n).join(', ¶')} added, each marked reviewed: false. Review them against the texts and set reviewed: true; until then those paragraphs are published by paragraph.`);
}

if (args.includes('--list')) list();
else if (slug && args.includes('--words')) proposeWords(content, slug, args.includes('--write'));
else if (slug) propose(slug, args.includes('--write'));
else {
	console.error(usage);
	process.exit(1);
}
