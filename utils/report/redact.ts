/**
 * The page report's redaction (pure): what a word, a name, an address or a link may show of itself. Anything
 * that could be a person's data — e-mail addresses, numbers of 4 digits or more, words not in the shipped word
 * list (names), query values — becomes « … ». Nothing typed is ever given to these functions.
 */

export const GAP = '…';

/** Lower case, no accents (as scripts/report-words.mjs writes the list). */
export function norm(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').toLowerCase();
}

export type Words = ReadonlySet<string>;

export function wordSet(list: string): Set<string> {
  return new Set(list.split('\n').filter(Boolean));
}

const EMAIL = /[^\s@<>()"',;:]+@[^\s@<>()"',;:]+/gu;
const LONG_DIGITS = /\d{4,}/g;
const LETTERS = /\p{L}+/gu;
/** camelCase parts: `portalCASLoginLink` → portal, CAS, Login, Link. */
const CAMEL = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{Lo}+/gu;

/** One letter run: kept when the list knows it (or each of its camelCase parts); unknown parts become « … ». */
function letters(run: string, words: Words): string {
  if (run.length < 2 || words.has(norm(run))) return run;
  const parts = run.match(CAMEL);
  if (!parts || parts.join('') !== run) return GAP;
  return parts.map((p) => (p.length < 2 || words.has(norm(p)) ? p : GAP)).join('');
}

function base(s: string): string {
  return s.replace(EMAIL, GAP).replace(LONG_DIGITS, GAP);
}

/** Words of a heading, label, button or link: unknown words, addresses and long numbers become « … ». */
export function redactText(s: string, words: Words): string {
  return base(s)
    .replace(LETTERS, (run) => letters(run, words))
    .replace(/\s+/g, ' ')
    // « Kévin Dupontel » is one gap, not two.
    .replace(/…(?:[\s'’.-]*…)+/g, GAP);
}

/** An id, class, name or path segment: same rules, its punctuation kept (`form-…-login`). */
export function redactIdent(s: string, words: Words): string {
  return base(s).replace(LETTERS, (run) => letters(run, words)).replace(/…(?:…)+/g, GAP);
}

/** A link or form address: scheme and host kept, path segments redacted, query keys kept and values dropped. */
export function redactUrl(raw: string, words: Words): string {
  const s = raw.trim();
  const m = /^([a-z][a-z0-9+.-]*:)?(\/\/[^/?#]*)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(s);
  if (!m) return GAP;
  const [, scheme = '', authority = '', path = '', query = '', hash = ''] = m;
  const web = !scheme || /^https?:$/i.test(scheme);
  if (!web) return `${scheme.toLowerCase()}${GAP}`;
  // user:password@ never; the host itself names a site, not a person.
  const host = authority.replace(/^\/\/[^@/]*@/, '//');
  const p = path
    .split('/')
    .map((seg) => redactIdent(safeDecode(seg), words))
    .join('/');
  const q = query
    ? `?${query
        .slice(1)
        .split('&')
        .filter(Boolean)
        .map((kv) => {
          const i = kv.indexOf('=');
          const k = redactIdent(safeDecode(i < 0 ? kv : kv.slice(0, i)), words);
          return i < 0 ? k : `${k}=${i === kv.length - 1 ? '' : GAP}`;
        })
        .join('&')}`
    : '';
  const h = hash ? `#${redactIdent(safeDecode(hash.slice(1)), words)}` : '';
  return `${scheme.toLowerCase()}${host}${p}${q}${h}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Cut to `max` characters at a word boundary when there is one. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max);
  const sp = head.lastIndexOf(' ');
  return `${sp > max / 2 ? head.slice(0, sp) : head}${GAP}`;
}
