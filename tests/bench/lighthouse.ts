import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Pinned: lock files made with 12.3–13.4 break on a `latest` dependency; 13.5.0 runs on Node 24.
const LIGHTHOUSE = 'lighthouse@13.5.0';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * Runs Lighthouse with the system Chromium on a page, as a phone or a desktop, and returns the four
 * scores (0–100), what keeps each below 100, and the cumulative layout shift. Asynchronously: the
 * page is served by this same process (run.ts), whose event loop a synchronous run would block, so
 * that Lighthouse waited for ever on its first request.
 */
export async function lighthouse(url: string, formFactor: 'mobile' | 'desktop', chromePath: string) {
	const out = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');
	const args = [
		'-y',
		LIGHTHOUSE,
		url,
		`--only-categories=${CATEGORIES.join(',')}`,
		'--output=json',
		`--output-path=${out}`,
		'--quiet',
		`--chrome-path=${chromePath}`,
		'--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
		...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
	];
	await promisify(execFile)('npx', args, { maxBuffer: 64 * 2 ** 20 });
	const report = JSON.parse(readFileSync(out, 'utf8'));
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]));
	// What keeps a score below 100: the failing audits of that category, by title.
	const below = CATEGORIES.flatMap((c) =>
		(report.categories[c]?.auditRefs ?? [])
			.filter((ref: { id: string; weight: number }) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
			.map((ref: { id: string }) => `${c}: ${report.audits[ref.id].title}`),
	);
	const cls = Number(report.audits['cumulative-layout-shift']?.numericValue ?? NaN);
	return { scores, below, cls };
}
