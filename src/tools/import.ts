// npm run import -- <file|folder> … [--force] [--dry-run]: turns source files (the format of
// ../shared/source/000_*.txt) into content/<slug>/zh.md and en.md, verbatim. Each file is read,
// checked and converted before anything is written; a refused file writes nothing, and the rest of
// the batch goes on. The last line is the summary; the exit status is 1 if any file failed.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { settings } from '../lib/settings.ts';
import { SourceError } from '../lib/errors.ts';
import { articleFiles, slugFor, sourceFileOf } from '../lib/import/article-files.ts';
import { decodeSource, parseSource } from '../lib/import/source-file.ts';

const args = process.argv.slice(2);
const force = args.includes('--force');
const dryRun = args.includes('--dry-run');
const paths = args.filter((a) => !a.startsWith('--'));
if (!paths.length) {
	console.error('Usage: npm run import -- <file|folder> … [--force] [--dry-run]');
	process.exit(2);
}
const content = settings().contentDir;

/** A Markdown file's front matter (parsed) and body: what "the same article" compares. */
function readMarkdown(text: string): { record: unknown; body: string } {
	const [, front = '', ...body] = text.split(/^---$/m);
	return { record: parse(front), body: body.join('---').trim() };
}

/** The existing articles, by the source file their `source` field names. */
const bySource = new Map<string, string>();
const taken = new Set<string>();
for (const entry of existsSync(content) ? readdirSync(content, { withFileTypes: true }) : []) {
	if (!entry.isDirectory()) continue;
	taken.add(entry.name);
	const zh = join(content, entry.name, 'zh.md');
	if (!existsSync(zh)) continue;
	const source = (readMarkdown(readFileSync(zh, 'utf8')).record as { source?: string } | null)?.source;
	const file = source && sourceFileOf(source);
	if (file) bySource.set(file, entry.name);
}

const files = paths.flatMap((path) =>
	existsSync(path) && statSync(path).isDirectory()
		? readdirSync(path)
				.filter((name) => name.endsWith('.txt'))
				.sort()
				.map((name) => join(path, name))
		: [path],
);
const count = { imported: 0, unchanged: 0, failed: 0 };
for (const path of files) {
	try {
		if (!existsSync(path)) throw new SourceError(`${path}: no such file. Fix: check the path.`);
		const article = parseSource(decodeSource(readFileSync(path), path), basename(path));
		const made = articleFiles(article);
		const existing = bySource.get(article.file);
		const slug = existing ?? slugFor(article, taken);
		const folder = join(content, slug);
		if (existing) {
			const same = (['zh', 'en'] as const).every((lang) => {
				const file = join(folder, `${lang}.md`);
				return existsSync(file) && JSON.stringify(readMarkdown(readFileSync(file, 'utf8'))) === JSON.stringify(readMarkdown(made[lang]));
			});
			if (same) {
				count.unchanged++;
				console.log(`unchanged ${path} = ${relative(process.cwd(), folder)}/`);
				continue;
			}
			if (!force) throw new SourceError(`${path}: ${relative(process.cwd(), folder)}/ already holds this source file's article, and differs from what the file gives now. Fix: if the source file was corrected, re-run with --force to overwrite the article (its slug and anchors stay); otherwise leave it.`);
		}
		taken.add(slug);
		bySource.set(article.file, slug);
		if (dryRun) {
			for (const lang of ['zh', 'en'] as const) console.log(`would write ${relative(process.cwd(), join(folder, `${lang}.md`))}:\n${made[lang]}`);
		} else {
			mkdirSync(folder, { recursive: true });
			writeFileSync(join(folder, 'zh.md'), made.zh);
			writeFileSync(join(folder, 'en.md'), made.en);
			console.log(`imported ${path} → ${relative(process.cwd(), folder)}/`);
		}
		count.imported++;
	} catch (error) {
		if (!(error instanceof SourceError)) throw error;
		count.failed++;
		console.error(`failed ${error.message}`);
	}
}
console.log(`${dryRun ? 'dry run: ' : ''}imported ${count.imported}, unchanged ${count.unchanged}, failed ${count.failed}`);
process.exit(count.failed ? 1 : 0);
