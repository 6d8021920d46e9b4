/** The day of this build (YYYY-MM-DD, UTC), or SOURCE_DATE_EPOCH's day for reproducible builds. */
export function buildDate(): string {
	const epoch = process.env.SOURCE_DATE_EPOCH;
	return new Date(epoch ? Number(epoch) * 1000 : Date.now()).toISOString().slice(0, 10);
}
