// wink-porter2-stemmer ships no type declarations; this covers the one call the edition makes.
declare module 'wink-porter2-stemmer' {
	/** The Porter2 (Snowball English) stem of a lower-case word. */
	export default function stem(word: string): string;
}
