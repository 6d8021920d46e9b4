// citeproc-js ships no type declarations; these cover the calls the edition makes.
declare module 'citeproc' {
	namespace CSL {
		const PROCESSOR_VERSION: string;
		class Engine {
			constructor(sys: { retrieveLocale(lang: string): string; retrieveItem(id: string): unknown }, style: string, lang?: string, forceLang?: boolean);
			setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
			updateItems(ids: string[]): void;
			makeBibliography(): [unknown, string[]] | false;
			makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
		}
	}
	const CSL: { Engine: typeof CSL.Engine; PROCESSOR_VERSION: string };
	export default CSL;
}
