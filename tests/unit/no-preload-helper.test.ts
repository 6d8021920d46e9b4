// The reading script's lazy imports without Vite's preload helper: no-preload-helper.ts on minified chunks as Vite writes them.
import { parseAst } from 'vite';
import { expect, test } from 'vitest';
import { withoutHelper } from '../../src/integrations/no-preload-helper.ts';

const parsed = (code: string) => withoutHelper(code, 'e', parseAst(code));

test('each helper(() => import(…)…, []) becomes its import, and no helper is left when none is called', () => {
	const chunk = 'function t(){a&&e(()=>import(`./h.js`).then(e=>e.mark()),[])}document.addEventListener(`toggle`,t=>{t.open&&e(()=>import(`./c.js`),[])});';
	const result = parsed(chunk);
	expect(result).toBe('function t(){a&&import(`./h.js`).then(e=>e.mark())}document.addEventListener(`toggle`,t=>{t.open&&import(`./c.js`)});');
	// The result is a module that parses.
	expect(() => parseAst(result)).not.toThrow();
});

test('another call of the helper (a destructured import) keeps a helper that calls its argument', () => {
	const chunk = 'e(async()=>{let{a:e}=await import(`./a.js`);return{a:e}},[]).then(({a:e})=>e());e(()=>import(`./b.js`),[]);';
	expect(parsed(chunk)).toBe('const e=f=>f();e(async()=>{let{a:e}=await import(`./a.js`);return{a:e}},[]).then(({a:e})=>e());import(`./b.js`);');
});

test('a call that only looks like the helper’s (not an import, or dependencies listed) is left as it is', () => {
	const chunk = 'e(()=>load(),[]);e(()=>import(`./x.js`),[1]);';
	expect(parsed(chunk)).toBe(`const e=f=>f();${chunk}`);
});

test('an import in a wider expression, or a helper named with $, after Chinese text (offsets in UTF-16), is handled as such', () => {
	expect(parsed('e(()=>import(`./a.js`)||b,[]);')).toBe('const e=f=>f();e(()=>import(`./a.js`)||b,[]);');
	const chunk = 'const s=`手工业`;$e(()=>import(`./x.js`).then(m=>m.f(s)),[]);';
	expect(withoutHelper(chunk, '$e', parseAst(chunk))).toBe('const s=`手工业`;import(`./x.js`).then(m=>m.f(s));');
	// A member call named like the helper is not the helper.
	expect(parsed('a.e(1);e(()=>import(`./y.js`),[]);')).toBe('a.e(1);import(`./y.js`);');
});
