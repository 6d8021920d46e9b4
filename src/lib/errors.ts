/** A problem with the edition's sources that must stop the build; its message names file, place and fix. */
export class SourceError extends Error {
	override name = 'SourceError';
}
