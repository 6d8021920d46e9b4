import { settings } from './settings.ts';

/** The day of this build (YYYY-MM-DD, UTC), or SOURCE_DATE_EPOCH's day for reproducible builds. */
export function buildDate(): string {
	const epoch = settings().sourceDateEpoch;
	return new Date(epoch !== undefined ? epoch * 1000 : Date.now()).toISOString().slice(0, 10);
}
