// axe-core's checks, run in the page itself: injected once per page, then axe.run as often as needed.
// (@axe-core/playwright's AxeBuilder opened a second page to finish every run, for frames the
// edition's pages do not have: measured 7.3 s for all rules on a pinyin page, against 2.1 s here.)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.2 AA tags axe-core's rules carry. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The violations of axe-core's rules on the page as it is now, one line each (rule, help, elements):
 * the rules of `tags`, or the `rules` named; within `include` (a selector) or the whole document.
 */
export async function axeViolations(page: Page, { tags = WCAG, rules, include }: { tags?: string[]; rules?: string[]; include?: string } = {}): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
	return page.evaluate(
		async ([rules, tags, include]) => {
			const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
			const { violations } = await axe.run(include ? { include: [[include]] } : document, { runOnly, resultTypes: ['violations'] });
			return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
		},
		[rules, tags, include] as const,
	);
}
