import { describe, expect, it } from 'vitest';
import { buildFailure } from '../../src/lib/build-failure.ts';
import { SettingError, SourceError, SourceProblems } from '../../src/lib/errors.ts';

// What a failed build prints (the whole builds are in tests/build/broken-sources.test.ts): the
// edition's problems as its messages, any other error with the trace a developer needs.
const root = '/work/edition';

describe('a failed build prints', () => {
	it("the edition's problems as its messages alone, grouped, each file named once", () => {
		const problems = new SourceProblems();
		problems.add('content/a/notes.yaml: note 1 (¶3): the phrase “x” does not occur.', 'content/a/notes.yaml: note 2 (¶9): no paragraph 9.', 'content/b/zh.md:4:2 Raw HTML is not allowed.');
		const thrown = (() => {
			try {
				problems.throwIfAny();
			} catch (error) {
				return error;
			}
		})();
		const printed = buildFailure(thrown, root);
		expect(printed).toBe(
			'content/a/notes.yaml:\n  - note 1 (¶3): the phrase “x” does not occur.\n  - note 2 (¶9): no paragraph 9.\ncontent/b/zh.md:\n  - line 4, column 2: Raw HTML is not allowed.\n3 problems in 2 files; nothing was published.',
		);
		expect(buildFailure(new SettingError('SITE_URL is not set. Fix: …'), root)).toBe('SITE_URL is not set. Fix: …');
	});

	it('a SourceError thrown from the bundle of pages, another copy of the class, as the edition’s', () => {
		const copy = Object.assign(new Error('content/a/zh.md: a problem. Fix: …'), { name: 'SourceError' });
		expect(buildFailure(copy, root)).toBe('content/a/zh.md: a problem. Fix: …');
		expect(buildFailure(new SourceError('x'), root)).toBe('x');
	});

	it('any other error with its stack trace', () => {
		const fault = new TypeError("Cannot read properties of undefined (reading 'n')");
		expect(buildFailure(fault, root)).toBe(fault.stack);
		expect(buildFailure(fault, root)).toMatch(/\n\s+at /);
	});
});
