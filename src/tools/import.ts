// npm run import -- <file|folder> … [--force] [--dry-run] [--slug <slug>]: turns source files (the
// format of tests/fixtures/source/000_9fe5e06e1cbca207.txt) into content/<slug>/zh.md and en.md,
// verbatim. Each file is read, checked and converted before anything is written; a refused file
// writes nothing, and the rest of the batch goes on. The last line is the summary; the exit status
// is 1 if any file failed.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse } from 'yaml';
import { settings } from '../lib/settings.ts';
import { SourceError } from '../lib/errors.ts';
import { ARTICLE_SLUG, articleFiles, slugFor, sourceFileOf } from '../lib/import/article-files.ts';
import { decodeSource, parseSource } from '../lib/import/source-file.ts';

const USAGE = 'Usage: npm run import -- <file|folder> … [--force] [--dry-run] [--slug <slug>, for one file]';
const args = process.argv.slice(2);
const force = args.includes('--force');
const dryRun = args.includes('--dry-run');
// --slug <slug> or --slug=<slug>: the slug of the one article imported, instead of the one made from its title.
const slugAt = args.findIndex((a) => a === '--slug' || a.startsWith('--slug='));
const chosenSlug = slugAt < 0 ? undefined : args[slugAt]!.startsWith('--slug=') ? args[slugAt]!.slice('--slug='.length) : args[slugAt + 1];
const paths = args.filter((a, i) => !a.startsWith('--') && !(slugAt >= 0 && args[slugAt] === '--slug' && i === slugAt + 1));
const refuse = (message: string): never => {
	console.error(`${message}\n${USAGE}`);
	process.exit(2);
};
if (!paths.length) refuse('No source file given.');
if (slugAt >= 0 && (!chosenSlug || !ARTICLE_SLUG.test(chosenSlug))) refuse(`--slug "${chosenSlug ?? ''}" is not a slug. Fix: give lowercase letters, digits and single hyphens (it becomes the article's URL), e.g. --slug 1955-03-02-spring-ploughing.`);
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
if (chosenSlug && files.length !== 1) refuse(`--slug names the slug of one article, and ${files.length} source files were given.`);
const count = { imported: 0, unchanged: 0, failed: 0 };
for (const path of files) {
	try {
		if (!existsSync(path)) throw new SourceError(`${path}: no such file. Fix: check the path.`);
		const article = parseSource(decodeSource(readFileSync(path), path), basename(path));
		const made = articleFiles(article);
		const existing = bySource.get(article.file);
		// A slug chosen once is kept: the article is found again by its source file, under its folder.
		if (chosenSlug && existing && existing !== chosenSlug) throw new SourceError(`${path}: this source file's article is already ${relative(process.cwd(), join(content, existing))}/, and a published slug never changes. Fix: import it again without --slug.`);
		if (chosenSlug && !existing && taken.has(chosenSlug)) throw new SourceError(`${path}: --slug ${chosenSlug}: ${relative(process.cwd(), join(content, chosenSlug))}/ holds another article. Fix: choose another slug.`);
		const slug = existing ?? chosenSlug ?? slugFor(article, taken);
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
