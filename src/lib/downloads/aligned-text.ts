// An article's text as aligned data (aligned.json, aligned.tsv, the search's records): both texts as received, the English also as corrected.
import type { Article } from '../article.ts';
import { correctedText } from '../paragraph/layers/corrections.ts';

/** A paragraph as aligned data: both texts as received, and the English as the editors corrected it where they did. */
export interface AlignedRow {
	n: number;
	id: string;
	zh: string;
	en: string;
	enCorrected?: string;
}

/** An article's text as aligned data: `[{ n, id, zh, en, enCorrected? }]`, character for character as on the page. */
export function alignedText(article: Article): AlignedRow[] {
	return article.paragraphs.map((p) => {
		const row: AlignedRow = { n: p.n, id: p.id, zh: p.original.text, en: p.translation.text };
		if (p.layers.corrections.length) row.enCorrected = correctedText(p.translation.text, p.layers.corrections);
		return row;
	});
}
