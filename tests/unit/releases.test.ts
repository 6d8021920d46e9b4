import { describe, expect, it } from 'vitest';
import { compareVersions, currentRelease, edition } from '../../src/lib/releases.ts';

describe('versions', () => {
	it('compares dotted versions numerically', () => {
		expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
		expect(compareVersions('0.2.0', '0.2')).toBe(0);
		expect(compareVersions('0.1.9', '0.2.0')).toBeLessThan(0);
	});

	it('takes the newest release, by date then version', () => {
		const r = (version: string, date: string) => ({ version, date, changes: [] });
		expect(currentRelease([r('0.1.0', '2026-01-01'), r('0.3.0', '2026-02-01'), r('0.2.0', '2026-02-01')]).version).toBe('0.3.0');
		expect(() => currentRelease([])).toThrow(/changelog is empty/);
	});

	it('the edition data names its current version in its changelog', () => {
		expect(currentRelease().version).toBe(edition.version);
		expect(edition.changelog.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.date) && r.changes.length > 0)).toBe(true);
	});
});
