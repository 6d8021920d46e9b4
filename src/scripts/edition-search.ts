// <edition-search>: the search page's behaviour. Loads Pagefind only here, searches the English
// bundle (which carries the stemmer's WebAssembly) merged with the Chinese one, and lists one entry
// per paragraph, landing on the sentence pair that holds the match and quoting it in both languages.
// State lives in data-state: idle | loading | ready | failed.
import { SEARCH_BUNDLES, TRADITIONAL_MAP_PATH } from '../lib/search/bundles.ts';
import { excerptNodes, markedNodes } from '../lib/search/excerpt.ts';
import { normaliseQuery } from '../lib/search/query.ts';
import { groupByParagraph, resultHref, snapshotHit, withEveryTerm, type ParagraphHit, type RecordHit } from '../lib/search/results.ts';
import { segmentHit, segmentsUrl, type HitSegment, type SegmentHit } from '../lib/search/segment-hit.ts';
import type { TraditionalMap } from '../lib/search/traditional.ts';

interface SearchResult {
	id: string;
	/** Positions of the matched words in the record (known before its fragment is read). */
	words: number[];
	data(): Promise<RecordHit>;
}

interface SearchResponse {
	results: SearchResult[];
}

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
	search(query: string, options?: { filters: Record<string, unknown> }): Promise<SearchResponse | null>;
}

/**
 * How many record hits (an article in one form, with all its matching paragraphs) are read at first,
 * and again each time the reader asks for more: each read fetches the article's fragment, so a common
 * word in a large edition must not fetch hundreds at once.
 */
const PAGE_SIZE = 8;

class EditionSearch extends HTMLElement {
	#engine?: Promise<{ pagefind: Pagefind; map: TraditionalMap }>;
	#latest = 0;
	#reads: Promise<unknown> = Promise.resolve();
	#limit = PAGE_SIZE;
	#strings: Record<string, string> = {};
	/** Each article's segments.json, fetched once, when a result in it is first listed. */
	#segments = new Map<string, Promise<HitSegment[]>>();

	connectedCallback(): void {
		this.#strings = JSON.parse(this.dataset.strings ?? '{}');
		const form = this.querySelector('form')!;
		const input = this.querySelector('input')!;
		form.hidden = false;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#run(input.value);
		});
		// No debounce: a search takes a few milliseconds once the index is loaded, and results of a
		// query overtaken by a later keystroke are dropped (see #run).
		input.addEventListener('input', () => void this.#run(input.value));
		this.addEventListener('keydown', (event) => this.#move(event));
		this.querySelector('.search-more')?.addEventListener('click', () => {
			this.#limit += PAGE_SIZE;
			void this.#run(input.value, true);
		});
		const initial = new URLSearchParams(location.search).get('q') ?? '';
		// No autofocus: focus moves only when the reader moves it (`/` or Tab after the skip link).
		input.value = initial;
		if (initial.trim()) void this.#run(initial);
	}

	#load(): Promise<{ pagefind: Pagefind; map: TraditionalMap }> {
		this.#engine ??= (async () => {
			this.dataset.state = 'loading';
			const base = this.dataset.base ?? '/';
			const [primary, ...merged] = SEARCH_BUNDLES;
			const pagefind = (await import(/* @vite-ignore */ `${base}${primary.path}pagefind.js`)) as Pagefind;
			// noWorker: the worker script would cost 12 KB more on the first search, and a query over
			// this edition's index takes a few milliseconds on the main thread.
			await pagefind.options({ basePath: `${base}${primary.path}`, baseUrl: base, excerptLength: 24, noWorker: true });
			await pagefind.init();
			for (const bundle of merged) await pagefind.mergeIndex(`${base}${bundle.path}`, { language: bundle.language });
			const map = (await (await fetch(`${base}${TRADITIONAL_MAP_PATH}`)).json()) as TraditionalMap;
			this.dataset.state = 'ready';
			return { pagefind, map };
		})();
		return this.#engine;
	}

	async #run(raw: string, more = false): Promise<void> {
		const ticket = ++this.#latest;
		if (!more) this.#limit = PAGE_SIZE;
		const url = new URL(location.href);
		if (raw.trim()) url.searchParams.set('q', raw);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);
		if (!raw.trim()) {
			(this.querySelector('.search-more') as HTMLButtonElement).hidden = true;
			return this.#render([], [], raw, []);
		}
		let engine;
		try {
			if (!this.#engine) this.#status(this.#strings.loading ?? '');
			engine = await this.#load();
		} catch (error) {
			this.dataset.state = 'failed';
			this.#status(this.#strings.failed ?? '');
			throw error;
		}
		const query = normaliseQuery(raw, engine.map);
		const { pagefind } = engine;
		// The text as typed against the original and the translation; Latin letters joined against the pinyin.
		const text = { filters: { form: { any: ['zh', 'en'] } } };
		const [full, pinyin, ...perTerm] = await Promise.all([
			query.text ? pagefind.search(query.text, text) : null,
			query.pinyin ? pagefind.search(query.pinyin, { filters: { form: 'pinyin' } }) : null,
			...(query.terms.length > 1 ? query.terms.map((term) => pagefind.search(term, text)) : []),
		]);
		// An index that knows none of the query's words lists every record with no word position:
		// those are dropped before paging, so "Show more" never loads records that show nothing.
		const matched = (search: SearchResponse | null) => (search?.results ?? []).filter((r) => r.words.length > 0);
		const found = [...matched(full).map((r) => ({ r, textual: true })), ...matched(pinyin).map((r) => ({ r, textual: false }))];
		const shown = found.slice(0, this.#limit);
		// Reads of one query never overlap another's (see #read).
		const reading = this.#reads.then(() => this.#read(shown, perTerm, query.terms));
		this.#reads = reading.catch(() => undefined);
		const hits = await reading;
		const groups = groupByParagraph(hits);
		const landed = await Promise.all(groups.map(async (group) => segmentHit(group, await this.#segmentsOf(group.url), query.highlight)));
		// A slower, older query must not overwrite the results of the one typed after it.
		if (ticket !== this.#latest) return;
		this.#render(groups, landed, raw, query.highlight);
		(this.querySelector('.search-more') as HTMLButtonElement).hidden = found.length <= this.#limit;
	}

	/**
	 * Reads the records a query found. Pagefind hands back one object per record and rewrites it on
	 * each read, so a record is never read twice at once: each batch holds distinct records, batches
	 * run in turn, and each hit is copied as soon as it arrives.
	 */
	async #read(shown: { r: SearchResult; textual: boolean }[], perTerm: (SearchResponse | null)[], terms: string[]): Promise<RecordHit[]> {
		const first = await Promise.all(shown.map(({ r }) => r.data().then(snapshotHit)));
		const alone: (RecordHit | undefined)[][] = shown.map(() => []);
		for (const search of perTerm) {
			const again = await Promise.all(shown.map(({ r }) => search?.results.find((other) => other.id === r.id)?.data().then(snapshotHit)));
			again.forEach((hit, i) => alone[i]!.push(hit));
		}
		// Each word alone tells which paragraphs hold every word (see withEveryTerm); pinyin is one joined word.
		return first.map((hit, i) => (shown[i]!.textual ? withEveryTerm(hit, terms, perTerm.length ? alone[i]! : [hit]) : hit));
	}

	/** An article's segments, or none when they cannot be had (its results then land on the paragraph). */
	#segmentsOf(resultUrl: string): Promise<HitSegment[]> {
		const url = segmentsUrl(resultUrl);
		let segments = this.#segments.get(url);
		if (!segments) {
			segments = fetch(url)
				.then((response) => (response.ok ? (response.json() as Promise<HitSegment[]>) : []))
				.catch(() => []);
			this.#segments.set(url, segments);
		}
		return segments;
	}

	#render(groups: ParagraphHit[], landed: (SegmentHit | undefined)[], raw: string, words: string[]): void {
		const list = this.querySelector('ol')!;
		const items = groups.map((group, i) => this.#item(group, landed[i], words));
		list.replaceChildren(...items);
		const s = this.#strings;
		if (!raw.trim()) this.#status('');
		else if (!groups.length) this.#status((s.none ?? '').replace('{query}', raw.trim()));
		else this.#status(groups.length === 1 ? (s.foundOne ?? '') : (s.found ?? '').replace('{count}', String(groups.length)));
		this.dataset.query = raw;
		this.dataset.results = String(groups.length);
	}

	#item(group: ParagraphHit, landed: SegmentHit | undefined, words: string[]): HTMLLIElement {
		const item = document.createElement('li');
		item.dataset.paragraph = group.key;
		const link = document.createElement('a');
		link.href = resultHref(landed ? group.url.replace(/#.*$/, `#${landed.segment.id}`) : group.url, words);
		const number = document.createElement('span');
		number.className = 'result-paragraph';
		number.textContent = (this.#strings.paragraph ?? '¶{n}').replace('{n}', String(group.n));
		const title = document.createElement('span');
		title.className = 'result-title';
		title.append(span(group.title.zh, 'zh-Hans'), ' · ', span(group.title.en, 'en'));
		link.append(number, ' ', title);
		item.append(link);
		if (landed) {
			// The sentence that matched, and beneath it its counterpart: a bilingual keyword in context.
			item.dataset.segment = landed.segment.id;
			const line = (lang: 'zh' | 'en') => {
				const text = landed.segment[lang];
				return excerpt(markedNodes(text, landed.words) ?? [document.createTextNode(text)], lang === 'zh' ? 'zh-Hans' : 'en');
			};
			const [first, second] = landed.first === 'zh' ? [line('zh'), line('en')] : [line('en'), line('zh')];
			second.classList.add('result-counterpart');
			if (group.pinyinOf && landed.first === 'en') second.append(this.#pinyinNote());
			item.append(first, second);
			return item;
		}
		if (group.zh) item.append(excerpt(excerptNodes(group.zh), 'zh-Hans'));
		if (group.pinyinOf) {
			const shown = excerpt([document.createTextNode(`${group.pinyinOf}…`)], 'zh-Hans');
			shown.append(this.#pinyinNote());
			item.append(shown);
		}
		if (group.en) item.append(excerpt(excerptNodes(group.en), 'en'));
		return item;
	}

	/** "(matched in pinyin)", in the interface's language. */
	#pinyinNote(): HTMLSpanElement {
		const note = document.createElement('span');
		note.className = 'result-note';
		note.lang = document.documentElement.lang;
		note.textContent = ` (${this.#strings.matchedPinyin})`;
		return note;
	}

	#status(text: string): void {
		this.querySelector('[role="status"]')!.textContent = text;
	}

	/** Arrow keys move between the query and the results; Enter on a result follows its link. */
	#move(event: KeyboardEvent): void {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops = [this.querySelector('input')!, ...this.querySelectorAll<HTMLAnchorElement>('ol a')];
		const at = stops.indexOf(document.activeElement as HTMLInputElement);
		if (at < 0) return;
		const next = stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
		event.preventDefault();
		next?.focus();
	}
}

function span(text: string, lang: string): HTMLSpanElement {
	const element = document.createElement('span');
	element.lang = lang;
	element.textContent = text;
	return element;
}

function excerpt(nodes: Node[], lang: string): HTMLParagraphElement {
	const p = document.createElement('p');
	p.className = 'result-excerpt';
	p.lang = lang;
	p.append(...nodes);
	return p;
}

customElements.define('edition-search', EditionSearch);
