/**
 * Look-alike characters read as the Latin letters they imitate: the `confusables` package's `remove()`, with its
 * table reduced at build time to the characters a host name can hold that read as a letter of an official host
 * (tables.generated.ts, scripts/official-tables.mjs).
 */
import { CONFUSABLES, MARKS, PLAIN, SYMBOL_MARKS } from './tables.generated';

let table: Map<string, string> | null = null;

function readings(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const [base, chars] of Object.entries(CONFUSABLES)) for (const c of chars) table.set(c, base);
  return table;
}

/** confusables `remove`: combining marks and invisible characters dropped, each look-alike read as its letter. */
export function removeConfusables(s: string): string {
  if (PLAIN.test(s)) return s;
  const map = readings();
  let out = '';
  for (const c of s.replace(MARKS, '').replace(SYMBOL_MARKS, '$1').replace(/[\u200B-\u200D\uFEFF\u2063]/g, '')) out += map.get(c) ?? c;
  return out;
}
