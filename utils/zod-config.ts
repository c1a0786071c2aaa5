/**
 * zod compiles fast object parsers with `new Function` when it can; extension pages and portals with a strict
 * CSP forbid it (and AMO's linter flags it). `jitless` makes zod interpret schemas instead: no eval at run time.
 */
import * as z from 'zod/mini';

let done = false;
export function zodJitless(): void {
  if (done) return;
  z.config({ jitless: true });
  done = true;
}
