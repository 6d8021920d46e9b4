// npm run align -- <slug> --words [--write]: word links proposed for the article's segments not yet in its word-links.yaml, printed, or added to it marked `reviewed: false` (the editor's entries kept byte for byte).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { attachWordLinks, placeLinks, wordLinksFile } from '../lib/paragraph/layers/word-links.ts';
import { partsOfAnchor } from '../lib/anchors.ts';
import { sourceArticle, sourceGlossary } from '../lib/paragraph/source-folder.ts';
import { proposeLinks, type ProposedSegment } from '../lib/words/propose-links.ts';

/** A proposed segment as word-links.yaml lines, each link with what proposed it. */
function segmentLines(proposed: ProposedSegment): string[] {
	const list = (pieces: string[]) => `[${pieces.map((p) => JSON.stringify(p)).join(', ')}]`;
	return [
		`  - segment: ${proposed.segment}`,
		'    reviewed: false',
		proposed.links.length ? '    links:' : '    links: []',
		...proposed.links.flatMap((link) => [`      - zh: ${list(link.zh)}   # ${link.by}`, `        en: ${list(link.en)}`]),
	];
}


/** Proposes word links for the article in `content/<slug>/`; exits with a message naming the fix where it cannot. */
export function proposeWords(content: string, slug: string, write: boolean): void {
	const folder = join(content, slug);
	const article = sourceArticle(folder, slug);
	if (!article) {
		console.error(`${slug}: zh.md and en.md have different numbers of paragraphs; words are linked within paired sentences. Fix the paragraphs first.`);
		process.exit(1);
	}
	const file = wordLinksFile(article);
	const raw = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
	// The file as the build reads it: an error in it is fixed before anything is added.
	let listed: Set<string>;
	try {
		listed = attachWordLinks(article).listed;
	} catch (error) {
		console.error(`${(error as Error).message}\n${slug}: nothing was proposed; fix the file first.`);
		process.exit(1);
	}
	// Segments the editor has listed (reviewed or not) are never proposed again.
	const proposals = proposeLinks(article, sourceGlossary(content)).filter((p) => !listed.has(p.segment));
	// Every proposal must place as the build places reviewed links.
	const problems = proposals.flatMap((p) => {
		const { paragraph: n, segment: m = 0 } = partsOfAnchor(p.segment)!;
		return placeLinks(article.paragraphs.find((q) => q.n === n)!, m, p.links, (j) => `${p.segment}, proposed link ${j + 1}`).problems;
	});
	if (problems.length) {
		console.error(`${slug}: the proposal does not place in its sentences (a fault of the proposer; nothing was written):\n${problems.join('\n')}`);
		process.exit(1);
	}
	if (proposals.length === 0) {
		console.log(`# ${slug}: every segment is in ${relative(process.cwd(), file)} already; nothing to propose.`);
		return;
	}
	const lines = proposals.flatMap(segmentLines);
	if (!write) {
		console.log([`# Proposed by npm run align -- ${slug} --words: review each link against its two sentences, then set reviewed: true.`, 'segments:', ...lines].join('\n'));
		return;
	}
	const before = raw ?? `# Word links for ${slug}: see docs/data-formats.md (Word links).\nsegments:\n`;
	if (!(listed.size || /^segments:\s*(\[\s*\])?\s*$/m.test(before))) {
		console.error(`${relative(process.cwd(), file)}: no \`segments:\` list to add to. Fix: make the file's last key \`segments:\` (see docs/data-formats.md), then run again.`);
		process.exit(1);
	}
	const text = `${before.replace(/^segments:\s*\[\s*\]\s*$/m, 'segments:').trimEnd()}\n  # Proposed by npm run align -- ${slug} --words: review, then set reviewed: true.\n${lines.join('\n')}\n`;
	writeFileSync(file, text);
	// What was written must read back as the build reads it: valid, each proposed segment awaiting
	// review, its links placed.
	let problem: string | undefined;
	try {
		const awaiting = new Map(attachWordLinks(article).unreviewed.map((u) => [u.segment, u.problems]));
		const unread = proposals.filter((p) => !awaiting.has(p.segment)).map((p) => p.segment);
		const unplaced = proposals.flatMap((p) => awaiting.get(p.segment) ?? []);
		if (unread.length) problem = `it read back without ${unread.join(', ')}`;
		else if (unplaced.length) problem = `links of it would not place:\n${unplaced.join('\n')}`;
	} catch (error) {
		problem = (error as Error).message;
	}
	if (problem) {
		if (raw === undefined) rmSync(file);
		else writeFileSync(file, raw);
		console.error(`${relative(process.cwd(), file)}: the proposal could not be added (the file was restored): ${problem}. Fix: add the links printed by \`npm run align -- ${slug} --words\` by hand.`);
		process.exit(1);
	}
	console.log(`${relative(process.cwd(), file)}: links for ${proposals.length} segment${proposals.length === 1 ? '' : 's'} added, each marked reviewed: false. Review them against the texts and set reviewed: true; until then they are not published.`);
}
