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
