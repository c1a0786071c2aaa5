/**
 * CSP (issue 9): no `eval` / `new Function` at run time. zod/mini would compile object parsers with
 * `new Function`; utils/zod-config.ts turns that off (`jitless`) before any schema exists. Every storage item
 * and message schema is exercised with `Function` trapped: not one construction.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseMessage } from '@/utils/messages';
import { langItem } from '@/utils/storage/lang';
import { prefsItem } from '@/utils/storage/prefs';
import { ZOD_JITLESS } from '@/utils/zod-config';

const RealFunction = globalThis.Function;
let constructed = 0;

beforeEach(() => {
  constructed = 0;
  globalThis.Function = new Proxy(RealFunction, {
    construct(target, args) {
      constructed++;
      return Reflect.construct(target, args);
    },
    apply(target, self, args) {
      constructed++;
      return Reflect.apply(target, self, args);
    },
  });
});
afterEach(() => {
  globalThis.Function = RealFunction;
});

const VALUES: unknown[] = [
  { minimized: { 'netocentre/login': true }, activated: ['netocentre'] },
  { minimized: { a: 'x' }, activated: [1, 2] },
  { type: 'journey', portal: 'netocentre', step: 'login', nav: 'navigate' },
  { type: 'locale', lang: 'fr' },
  'fr',
  42,
  null,
  { deep: { deeper: [1, { x: 2 }] } },
];

describe('zod runs without eval', () => {
  it('is configured jitless', () => {
    expect(ZOD_JITLESS).toBe(true);
  });

  it('storage items and messages parse without constructing a Function', () => {
    for (let i = 0; i < 50; i++) {
      for (const v of VALUES) {
        prefsItem.parse(v);
        langItem.parse(v);
        parseMessage(v);
      }
    }
    expect(constructed).toBe(0);
  });

  it('control: without jitless, the same trap does see zod compile a parser (fresh process)', () => {
    // zod caches its "can eval" probe per process, so the control runs in a child Node process, where the
    // trap sees zod's probe and its compiled parser.
    const script = `
      let n = 0;
      const F = globalThis.Function;
      globalThis.Function = new Proxy(F, { construct(t, a) { n++; return Reflect.construct(t, a); } });
      const { z } = await import('zod'); // the same zod core; its objects compile with the JIT on
      const schema = z.object({ a: z.string(), b: z.number(), c: z.array(z.boolean()) });
      for (let i = 0; i < 5; i++) schema.safeParse({ a: 'x', b: 1, c: [true] });
      process.stdout.write(String(n));
    `;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: process.cwd(), encoding: 'utf8' });
    expect(Number(out)).toBeGreaterThan(0);
  });
});
