import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSiteUrl } from '../../src/integrations/require-site-url.ts';

// Every command the README and docs/ give runs as written: each `npm run X` names a script of
// package.json, each `node <file>` a file that exists, and no command needs an environment variable
// it does not set. What a build needs is asked of the build's own check (requireSiteUrl), given what
// the command and the scripts it runs set; a build is what a script runs as `astro build` or through a
// tool that calls Astro's build().
const root = new URL('../../', import.meta.url).pathname;
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

type Env = Record<string, string>;

/** The shell commands of a document's fenced blocks (sh, bash, shell, or plain ones whose lines start with npm or node), with their line. */
function fencedCommands(markdown: string): { line: number; command: string }[] {
	const commands: { line: number; command: string }[] = [];
	for (const block of markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)) {
		const lines = block[2]!.split('\n');
		const shell = ['sh', 'bash', 'shell'].includes(block[1]!) || (!block[1] && lines.some((l) => /^\s*(npm|node)\s/.test(l)));
		if (!shell) continue;
		const first = markdown.slice(0, block.index).split('\n').length + 1;
		lines.forEach((text, i) => {
			const command = text.replace(/(^|\s)#.*$/, '').trim();
			if (command) commands.push({ line: first + i, command });
		});
	}
	return commands;
}

/** A command line's simple commands, each with the variables set before it (VAR=value …) and its words. */
function simpleCommands(line: string, inherited: Env = {}): { env: Env; words: string[] }[] {
	return line.split(/&&|\|\||;|\|/).map((part) => {
		const words = part.trim().split(/\s+/).filter(Boolean);
		const env = { ...inherited };
		while (words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[0]!)) {
			const [name, ...value] = words.shift()!.split('=');
			env[name!] = value.join('=');
		}
		return { env, words };
	});
}

/** Whether a tool file runs Astro's build (it imports build from 'astro'). */
function runsAstroBuild(file: string): boolean {
	return existsSync(join(root, file)) && /import \{[^}]*\bbuild\b[^}]*\} from 'astro'/.test(readFileSync(join(root, file), 'utf8'));
}

/** What goes wrong running `words` with `env`: a script that does not exist, a file that does not exist, a build without what it needs. */
function problems(words: string[], env: Env, seen: string[] = []): string[] {
	const [program, first] = words;
	if (program === 'node' && first && !first.startsWith('-')) return existsSync(join(root, first)) ? (runsAstroBuild(first) ? buildNeeds(env) : []) : [`${first}: no such file`];
	if (program === 'astro' && first === 'build') return buildNeeds(env);
	if (program !== 'npm') return [];
	const script = first === 'run' || first === 'run-script' ? words[2] : first === 'start' || first === 'test' ? first : undefined;
	if (script === undefined) return [];
	if (!(script in scripts)) return [`package.json has no script "${script}"`];
	if (seen.includes(script)) return [];
	return simpleCommands(scripts[script]!, env).flatMap((c) => problems(c.words, c.env, [...seen, script]));
}

/** What the build's own check says of a build run with `env`: nothing, or why it would stop. */
function buildNeeds(env: Env): string[] {
	try {
		(requireSiteUrl(env).hooks['astro:config:setup'] as (options: { command: string }) => void)({ command: 'build' });
		return [];
	} catch (error) {
		return [`the build would stop: ${(error as Error).message.split('.')[0]}`];
	}
}

/** Every problem of a document's fenced commands, as `file:line: command: problem`. */
function documentProblems(file: string, markdown: string): string[] {
	let exported: Env = {};
	return fencedCommands(markdown).flatMap(({ line, command }) => {
		const set = /^export\s+([A-Z_][A-Z0-9_]*)=(\S*)$/.exec(command);
		if (set) return ((exported = { ...exported, [set[1]!]: set[2]! }), []);
		return simpleCommands(command, exported).flatMap((c) => problems(c.words, c.env).map((p) => `${file}:${line}: ${command}: ${p}`));
	});
}

/**
 * The problems of the commands in a document's text (`npm run X …`, `node <file> …` in backticks): a
 * script or file that does not exist; and, for one written with the variables it sets
 * (`EDITION_STRICT=1 npm run build`), anything else it would need. One written alone names a script
 * the text is about (`npm run build` writes dist/), not a line to run as it stands.
 */
function inlineProblems(file: string, markdown: string): string[] {
	return [...markdown.matchAll(/`((?:[A-Z_][A-Z0-9_]*=\S+ )*(?:npm run [\w:-]+|node [\w./-]+)[^`]*)`/g)].flatMap(([, command]) => {
		const written = /^[A-Z_][A-Z0-9_]*=/.test(command!);
		return simpleCommands(command!, written ? {} : { SITE_URL: 'https://example.org' }).flatMap((c) => problems(c.words, c.env).map((p) => `${file}: ${command}: ${p}`));
	});
}

describe('the commands of the README and docs/', () => {
	it('are found: the README gives the two commands for a fresh machine', () => {
		const readme = fencedCommands(readFileSync(join(root, 'README.md'), 'utf8')).map((c) => c.command);
		expect(readme).toContain('npm install && npm start');
		expect(readme).toContain('npm test');
	});

	it('each run as written: scripts and files that exist, every variable a build needs set', () => {
		const found = documents.flatMap((file) => documentProblems(file, readFileSync(join(root, file), 'utf8')));
		expect(found).toEqual([]);
	});

	it('in the text too: each npm run names a script and each node a file, and one written with its variables runs as written', () => {
		expect(inlineProblems('x.md', 'Then `EDITION_STRICT=1 npm run build` or `npm run nothing`.')).toEqual([
			'x.md: EDITION_STRICT=1 npm run build: the build would stop: SITE_URL is not set',
			'x.md: npm run nothing: package.json has no script "nothing"',
		]);
		expect(documents.flatMap((file) => inlineProblems(file, readFileSync(join(root, file), 'utf8')))).toEqual([]);
	});

	it('link to documents that exist', () => {
		const broken = documents.flatMap((file) =>
			[...readFileSync(join(root, file), 'utf8').matchAll(/\]\(([\w./-]+\.md)(?:#[\w-]+)?\)/g)].map((m) => join(file, '..', m[1]!)).filter((target) => !existsSync(join(root, target))).map((target) => `${file} links to ${target}`),
		);
		expect(broken).toEqual([]);
	});

	it('would catch a command that fails: a missing script, a missing file, a build without SITE_URL', () => {
		expect(documentProblems('x.md', '```sh\nnpm run no-such-script\nnode src/tools/none.ts\nnpm run build\nSITE_URL=https://example.org npm run build && npm run build:base\n```\n')).toEqual([
			'x.md:2: npm run no-such-script: package.json has no script "no-such-script"',
			'x.md:3: node src/tools/none.ts: src/tools/none.ts: no such file',
			'x.md:4: npm run build: the build would stop: SITE_URL is not set',
			'x.md:5: SITE_URL=https://example.org npm run build && npm run build:base: the build would stop: SITE_URL is not set',
		]);
		expect(documentProblems('x.md', '```sh\nexport SITE_URL=https://example.org\nnpm run build && npm start\n```\n')).toEqual([]);
	});
});
