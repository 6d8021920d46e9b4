// <edition-search>: the search page's behaviour: the form, the link (?q=), the results list and the
// keyboard. It loads, per query, only the Pagefind bundles its script needs (see bundlesFor), and the
// traditional → simplified map only for a query in Chinese; what a query finds, a page at a time, is
// lib/search/paging.ts. State lives in data-state: idle | loading | ready | failed (the search
// could not be loaded); a ready search that could not read some of what it needed (an index chunk,
// a fragment, a segments.json: offline, say) carries data-incomplete and says so.
import { formatDate } from '../lib/dates.ts';
import { CHINESE_RANKING, SEARCH_BUNDLES, TRADITIONAL_MAP_PATH, type SearchBundle } from '../lib/search/bundles.ts';
import { markedNodes } from '../lib/search/excerpt.ts';
import { watchIndexRequests } from '../lib/search/index-requests.ts';
import { bundlesFor, inTurn, PAGE_SIZE, searchPage, type IndexSearch, type SearchPage, type SearchSources } from '../lib/search/paging.ts';
import { isEmptyQuery, normaliseQuery, type NormalisedQuery } from '../lib/search/query.ts';
import type { ParagraphResult } from '../lib/search/ranking.ts';
import { resultHref } from '../lib/search/results.ts';
import { segmentsUrl, type HitSegment } from '../lib/search/segment-hit.ts';
import type { TraditionalMap } from '../lib/search/traditional.ts';

/** A bundle's path under a base (see SEARCH_BUNDLES). */
function bundlePath(name: SearchBundle): string {
	return SEARCH_BUNDLES.find((b) => b.name === name)!.path;
}

interface Pagefind extends IndexSearch {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(path: string, options: { baseUrl: string; ranking?: Record<string, number> }): Promise<void>;
}

/** The bundles a query loads by its script; the pinyin one is merged into the English (see #pinyin). */
type Language = 'en' | 'zh';

class EditionSearch extends HTMLElement {
	#bundles = new Map<Language, Promise<Pagefind>>();
	#pinyinMerged?: Promise<Pagefind>;
	#map?: Promise<TraditionalMap>;
	#latest = 0;
	/** Record reads of one query never overlap another's (see inTurn). */
	#inTurn = inTurn();
	/** Index chunks that could not be fetched, so far (see index-requests.ts). */
	#failedIndexReads = watchIndexRequests();
	#limit = PAGE_SIZE;
	#strings: Record<string, string> = {};
	/** Each article's segments.json, fetched once, when it is first a candidate. */
	#segments = new Map<string, Promise<HitSegment[]>>();

	connectedCallback(): void {
		this.#strings = JSON.parse(this.dataset.strings ?? '{}');
		const form = this.querySelector('form')!;
		const input = this.querySelector('input')!;
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#run(input.value);
		});
		// No debounce: a search takes a few milliseconds once the index is loaded, and results of a
		// query overtaken by a later keystroke are dropped (see #run).
		input.addEventListener('input', () => void this.#run(input.value));
		for (const select of this.#narrowing()) select.addEventListener('change', () => void this.#run(input.value));
		this.addEventListener('keydown', (event) => this.#move(event));
		this.querySelector('.search-more')?.addEventListener('click', () => {
			this.#limit += PAGE_SIZE;
			void this.#run(input.value, true);
		});
		const params = new URLSearchParams(location.search);
		for (const select of this.#narrowing()) {
			const chosen = params.get(select.dataset.filter!);
			if (chosen && [...select.options].some((o) => o.value === chosen)) select.value = chosen;
		}
		const initial = params.get('q') ?? '';
		// No autofocus: focus moves only when the reader moves it (`/` or Tab after the skip link).
		input.value = initial;
		if (initial.trim()) void this.#run(initial);
	}

	/** The base paths of the edition's other shards, whose indexes this search merges. */
	#shards(): string[] {
		return JSON.parse(this.dataset.shards ?? '[]') as string[];
	}

	/** The form's choices of a year and a page (only where the edition has more than one). */
	#narrowing(): HTMLSelectElement[] {
		return [...this.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
	}

	/** The year and page chosen, as Pagefind filters (see lib/search/records.ts). */
	#filters(): Record<string, string> {
		return Object.fromEntries(this.#narrowing().filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));
	}

	/** One Pagefind bundle, loaded the first time a query needs it. */
	#bundle(language: Language): Promise<Pagefind> {
		let bundle = this.#bundles.get(language);
		if (!bundle) {
			const base = this.dataset.base ?? '/';
			const path = bundlePath(language);
			bundle = (async () => {
				const pagefind = (await import(/* @vite-ignore */ `${base}${path}pagefind.js`)) as Pagefind;
				// noWorker: the worker script would cost 12 KB more on the first search, and a query over
				// this edition's index takes a few milliseconds on the main thread.
				// Chinese candidates come by date without a sort index (see CHINESE_RANKING).
				const ranking = language === 'zh' ? { ranking: CHINESE_RANKING } : {};
				await pagefind.options({ basePath: `${base}${path}`, baseUrl: base, excerptLength: 24, noWorker: true, ...ranking });
				await pagefind.init();
				// The other shards of the edition (SEARCH_SHARDS): their bundles of this language, merged.
				for (const shard of this.#shards()) await pagefind.mergeIndex(`${shard}${path}`, { baseUrl: shard, ...ranking });
				return pagefind;
			})();
			this.#bundles.set(language, bundle);
		}
		return bundle;
	}

	/**
	 * The English bundle with the pinyin bundles (this shard's and the others') merged in, the first
	 * time a query could be pinyin. Merged bundles share the English one's script and WebAssembly.
	 */
	#pinyin(): Promise<Pagefind> {
		this.#pinyinMerged ??= this.#bundle('en').then(async (pagefind) => {
			const path = bundlePath('pinyin');
			for (const base of [this.dataset.base ?? '/', ...this.#shards()]) await pagefind.mergeIndex(`${base}${path}`, { baseUrl: base });
			return pagefind;
		});
		return this.#pinyinMerged;
	}

	/** The traditional → simplified map, fetched the first time a query holds a Chinese character. */
	#traditional(raw: string): Promise<TraditionalMap> {
		if (!/\p{Script=Han}/u.test(raw)) return Promise.resolve({});
		// Each shard's map holds the characters of its own texts.
		this.#map ??= Promise.all([this.dataset.base ?? '/', ...this.#shards()].map((base) => fetch(`${base}${TRADITIONAL_MAP_PATH}`).then((r) => r.json() as Promise<TraditionalMap>))).then(
			(maps) => Object.assign({}, ...maps) as TraditionalMap,
		);
		return this.#map;
	}

	async #run(raw: string, more = false): Promise<void> {
		const ticket = ++this.#latest;
		if (!more) this.#limit = PAGE_SIZE;
		const url = new URL(location.href);
		if (raw.trim()) url.searchParams.set('q', raw);
		else url.searchParams.delete('q');
		const narrow = this.#filters();
		for (const select of this.#narrowing()) {
			if (select.value) url.searchParams.set(select.dataset.filter!, select.value);
			else url.searchParams.delete(select.dataset.filter!);
		}
		history.replaceState(history.state, '', url);
		const moreButton = this.querySelector('.search-more') as HTMLButtonElement;
		let query: NormalisedQuery;
		let page: SearchPage;
		try {
			if (this.dataset.state !== 'ready') {
				this.dataset.state = 'loading';
				this.#status(this.#strings.loading ?? '');
			}
			query = normaliseQuery(raw, await this.#traditional(raw));
			if (isEmptyQuery(query)) {
				moreButton.hidden = true;
				this.dataset.state = 'ready';
				return this.#render([], raw, false);
			}
			const needs = bundlesFor(query);
			const [chinese, latin] = await Promise.all([
				needs.chinese ? this.#bundle('zh') : undefined,
				needs.latin === 'pinyin' ? this.#pinyin() : needs.latin ? this.#bundle('en') : undefined,
			]);
			this.dataset.state = 'ready';
			const sources: SearchSources = {
				chinese,
				latin,
				pinyinMerged: this.#pinyinMerged !== undefined,
				segments: (url) => this.#segmentsOf(url),
				failedIndexReads: this.#failedIndexReads,
				inTurn: this.#inTurn,
			};
			page = await searchPage(query, sources, { filters: narrow, upTo: more ? this.#limit : undefined });
			this.#limit = Math.max(page.read, 1);
		} catch (error) {
			this.dataset.state = 'failed';
			this.#status(this.#strings.failed ?? '');
			throw error;
		}
		// A slower, older query must not overwrite the results of the one typed after it.
		if (ticket !== this.#latest) return;
		moreButton.hidden = page.remaining === 0;
		this.#render(page.results, raw, page.incomplete);
	}

	/** An article's segments, fetched once; a fetch that fails is tried again by the next search (see SearchSources.segments). */
	#segmentsOf(articleUrl: string): Promise<HitSegment[]> {
		const url = segmentsUrl(articleUrl);
		let segments = this.#segments.get(url);
		if (!segments) {
			segments = fetch(url).then((response) => (response.ok ? (response.json() as Promise<HitSegment[]>) : Promise.reject(response)));
			segments.catch(() => this.#segments.delete(url));
			this.#segments.set(url, segments);
		}
		return segments;
	}

	/** The results, the count line and, where something could not be read, the notice that they may be incomplete. */
	#render(results: ParagraphResult[], raw: string, incomplete: boolean): void {
		const list = this.querySelector('ol')!;
		list.replaceChildren(...results.map((result) => this.#item(result)));
		const s = this.#strings;
		// What was counted: "5 paragraphs in 1 article".
		const count = (n: number, one = '', many = '') => (n === 1 ? one : many).replace('{n}', String(n));
		const paragraphs = count(results.length, s.paragraphOne, s.paragraphMany);
		const articles = count(new Set(results.map((r) => r.article)).size, s.articleOne, s.articleMany);
		const notice = incomplete ? ` ${s.incomplete ?? ''}` : '';
		if (!raw.trim()) this.#status('');
		else if (!results.length) this.#status((s.none ?? '').replace('{query}', raw.trim()) + notice);
		else this.#status((s.found ?? '').replace('{paragraphs}', paragraphs).replace('{articles}', articles) + notice);
		this.toggleAttribute('data-incomplete', incomplete);
		this.dataset.query = raw;
		this.dataset.results = String(results.length);
	}

	#item(result: ParagraphResult): HTMLLIElement {
		const item = document.createElement('li');
		item.dataset.paragraph = result.key;
		item.dataset.rank = String(result.rank);
		const link = document.createElement('a');
		link.href = resultHref(result.url, result.words);
		const number = document.createElement('span');
		number.className = 'result-paragraph';
		number.textContent = (this.#strings.paragraph ?? '¶{n}').replace('{n}', String(result.n));
		const title = document.createElement('span');
		title.className = 'result-title';
		title.append(span(result.title.zh, 'zh-Hans'), ' · ', span(result.title.en, 'en'));
		link.append(number, ' ', title);
		item.append(link);
		// The article's date in the paper, in the interface's language.
		if (result.date) {
			const date = document.createElement('time');
			date.className = 'result-date';
			date.dateTime = result.date;
			date.textContent = formatDate(result.date, document.documentElement.lang === 'zh-Hans' ? 'zh-Hans' : 'en');
			item.append(' ', date);
		}
		if (result.segment && result.first) {
			// The sentence that matched, and beneath it its counterpart: a bilingual keyword in context.
			item.dataset.segment = result.segment.id;
			const line = (lang: 'zh' | 'en') => {
				const text = result.segment![lang];
				return excerpt(markedNodes(text, result.words) ?? [document.createTextNode(text)], lang === 'zh' ? 'zh-Hans' : 'en');
			};
			const [first, second] = result.first === 'zh' ? [line('zh'), line('en')] : [line('en'), line('zh')];
			second.classList.add('result-counterpart');
			if (result.pinyin !== undefined && result.first === 'en') second.append(this.#pinyinNote());
			item.append(first, second);
		} else if (result.pinyin !== undefined) {
			const shown = excerpt([document.createTextNode(`${result.pinyin}…`)], 'zh-Hans');
			shown.append(this.#pinyinNote());
			item.append(shown);
		}
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
