// The Navigation endpoint's answers for one Resource: its tree from the top, each unit, and each range, as files.
import type { DtsUrls } from './urls.ts';
import { unitRanges, type CitableUnit, type ParagraphUnits } from './units.ts';

export const DTS_CONTEXT = 'https://dtsapi.org/context/v1.0.json';
export const DTS_VERSION = '1.0';

/**
 * Every Navigation answer of a Resource, as [URL, JSON]: `down` 1, 2 and -1 from the top; each
 * paragraph without `down` and with 1, 2 and -1 (the paragraph and its sentences, as the spec's
 * examples list a subtree: the tree has no third level, so 2 and -1 answer as 1); each sentence
 * without `down`; each range (units.ts) without `down` (its `start` and `end`) and with 1 and -1
 * (every unit from `start` to `end` and, for paragraphs, their sentences: a range of sentences
 * answers both as its sentences, the tree having nothing below them). `resource` is the
 * Resource as the answers name it. The JSON is written by hand from each unit's serialisation,
 * made once: a range's answer repeats units that other answers hold too, and there are many ranges.
 */
export function* navigationAnswers(id: string, resource: object, tree: ParagraphUnits[], urls: DtsUrls): Generator<[string, string]> {
	const serialised = new Map<CitableUnit, string>();
	const unit = (u: CitableUnit) => serialised.get(u) ?? serialised.set(u, JSON.stringify(u)).get(u)!;
	const named = JSON.stringify(resource);
	const answer = (url: string, fields: { ref?: CitableUnit; start?: CitableUnit; end?: CitableUnit; member?: CitableUnit[] }): [string, string] => {
		const parts = [`"@context":"${DTS_CONTEXT}","dtsVersion":"${DTS_VERSION}","@id":${JSON.stringify(url)},"@type":"Navigation","resource":${named}`];
		for (const key of ['ref', 'start', 'end'] as const) if (fields[key]) parts.push(`"${key}":${unit(fields[key])}`);
		if (fields.member) parts.push(`"member":[${fields.member.map(unit).join(',')}]`);
		return [url, `{${parts.join(',')}}\n`];
	};

	const paragraphs = tree.map((t) => t.paragraph);
	const everything = tree.flatMap((t) => [t.paragraph, ...t.sentences]);
	yield answer(urls.navigation(id, 1), { member: paragraphs });
	yield answer(urls.navigation(id, 2), { member: everything });
	yield answer(urls.navigation(id, -1), { member: everything });
	for (const { paragraph, sentences } of tree) {
		const ref = paragraph.identifier;
		yield answer(urls.navigation(id, undefined, ref), { ref: paragraph });
		// An unpaired paragraph has no sentences: the member list then holds the paragraph alone, as the spec asks.
		for (const down of [1, 2, -1]) yield answer(urls.navigation(id, down, ref), { ref: paragraph, member: [paragraph, ...sentences] });
		for (const sentence of sentences) yield answer(urls.navigation(id, undefined, sentence.identifier), { ref: sentence });
	}
	for (const { start, end, units } of unitRanges(tree)) {
		yield answer(urls.navigation(id, undefined, start.identifier, end.identifier), { start, end });
		for (const down of [1, -1]) yield answer(urls.navigation(id, down, start.identifier, end.identifier), { start, end, member: units });
	}
}
