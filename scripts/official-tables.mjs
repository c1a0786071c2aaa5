/**
 * Writes utils/official/tables.generated.ts: the look-alike characters and public-suffix rules the official-site
 * check (utils/official/check.ts) needs, taken from the `confusables` and `tldts` packages' own data and reduced
 * to what can change one of its verdicts. Why each reduction keeps the verdicts: docs/decisions/official-check-data.md.
 *
 *   node scripts/official-tables.mjs          write the module (after a change of the portals' hosts or a package update)
 *   node scripts/official-tables.mjs --check  exit 1 when the committed module is out of date
 *
 * tests/unit/official-tables.test.ts regenerates it in memory and compares.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { domainToASCII, domainToUnicode, pathToFileURL } from 'node:url';
import { distance } from 'fastest-levenshtein';

const ROOT = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
export const OUT = path.join(ROOT, 'utils/official/tables.generated.ts');

/** Every rule of tldts's public-suffix trie: [rule, flags] (1 ICANN, 2 private), and the exception rules. */
export async function suffixRules() {
  const file = path.join(path.dirname(require.resolve('tldts/package.json')), 'dist/es6/src/data/trie.js');
  const src = fs.readFileSync(file, 'utf8');
  const d = await import(`data:text/javascript;base64,${Buffer.from(src).toString('base64')}`);
  const offset = [];
  for (let e = 0, o = 0; e < d.edgeLength.length; e++) {
    offset[e] = o;
    o += d.edgeLength[e];
  }
  const walk = (root) => {
    const out = [];
    const visit = (node, labels) => {
      if (labels.length && d.nodeFlags[node]) out.push([labels.join('.'), d.nodeFlags[node]]);
      for (let e = d.edgeStart[node]; e < d.edgeStart[node + 1]; e++) {
        visit(d.edgeChild[e], [d.labelText.slice(offset[e], offset[e] + d.edgeLength[e]), ...labels]);
      }
    };
    visit(root, []);
    return out;
  };
  return { rules: walk(d.rulesRoot), exceptions: walk(d.exceptionsRoot) };
}

const compact = (s) => s.replace(/[.\-_]/g, '');
/** Same as utils/official/check.ts allowedDistance. */
const allowedDistance = (len) => (len >= 9 ? 2 : len >= 5 ? 1 : 0);
const fold = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

/** The module's text for these official hosts (every host of every portal's host groups). */
export async function generate(officialHosts) {
  const hosts = [...new Set(officialHosts.map((h) => h.toLowerCase()))].sort();
  // Public suffix: ICANN rules only (tldts.parse's default), then only those a verdict can depend on.
  const { rules, exceptions } = await suffixRules();
  const icann = rules.filter(([, f]) => f & 1).map(([r]) => r);
  const wildcards = icann.filter((r) => r.startsWith('*.')).map((r) => r.slice(2));
  const plain = icann.filter((r) => !r.includes('*'));
  const exc = exceptions.filter(([, f]) => f & 1).map(([r]) => r);
  // Names a label could be mistaken for: every label of 6+ characters of an official host (a superset of the
  // check's brand names, which leave out suffixes and generic words).
  const names = [...new Set(hosts.flatMap((h) => h.split('.')).filter((l) => l.length >= 6))];
  const near = (label) =>
    names.some((n) => Math.min(distance(label, n), distance(compact(label), compact(n))) <= allowedDistance(n.length));
  const ofOfficial = (r) => hosts.some((h) => h === r || h.endsWith(`.${r}`));
  const kept = plain.filter((r) => ofOfficial(r) || r.split('.').some(near)).sort();

  // Look-alike characters: those whose Latin reading, or whose own letter once accents are dropped, is a
  // character of an official host (or a digit the check reads as such a letter), and all those whose reading has
  // another length (edit distances count UTF-16 units: 𐊂 is two, its reading b one).
  const { characters } = require('confusables/dist/characters');
  const util = require('confusables/dist/util');
  // The digits the check reads as letters (check.ts digitsAsLetters) count as those letters.
  const alphabet = new Set(hosts.join(''));
  for (const [d, l] of Object.entries({ 0: 'o', 1: 'l', 3: 'e', 4: 'a', 5: 's', 7: 't' })) if (alphabet.has(l)) alphabet.add(d);
  const reads = (s) => [...fold(s)].some((x) => alphabet.has(x));
  // The library maps each character to the last base that lists it (a Map filled in order): the same here.
  // A character the address bar maps to another (full-width, circled, mathematical letters, capitals: IDNA
  // mapping) never reaches the check, which reads host names as the browser gives them.
  const inHost = (c) => {
    const a = domainToASCII(`${c}.fr`);
    return a !== '' && domainToUnicode(a) === `${c}.fr`;
  };
  const full = new Map();
  for (const [base, alts] of characters) for (const c of alts) full.set(c, base);
  const map = new Map(
    [...full].filter(([c, base]) => inHost(c) && (c.length !== base.length || reads(base) || reads(c))),
  );
  const all = full.size;
  const byBase = new Map();
  for (const [c, base] of map) byBase.set(base, (byBase.get(base) ?? '') + c);

  const lines = [
    '// Generated by scripts/official-tables.mjs from the tldts and confusables packages: do not edit.',
    `// Public-suffix rules: ${kept.length} of ${plain.length} ICANN rules (the official hosts' own, and those with`,
    '// a label close to an official name), all wildcard and exception rules.',
    `// Look-alike characters: ${map.size} of ${all} (those a host name can hold that read as a character of an\n// official host).`,
    '// confusables: MIT licence, (c) gc; its clean-up expressions (c) Mathias Bynens, MIT licence.',
    '',
    `export const SUFFIX_RULES: readonly string[] = ${JSON.stringify(kept.join(' '))}.split(' ');`,
    `export const SUFFIX_WILDCARDS: readonly string[] = ${JSON.stringify(wildcards.sort())};`,
    `export const SUFFIX_EXCEPTIONS: readonly string[] = ${JSON.stringify(exc.sort())};`,
    '',
    '/** Latin reading → the characters that imitate it. */',
    `export const CONFUSABLES: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries(byBase), null, 1).replace(/\n\s*/g, ' ')};`,
    '',
    '/** confusables `checkLNP`: text made of ASCII letters, digits and punctuation has nothing to fold. */',
    `export const PLAIN = ${util.checkLNPRegex};`,
    '/** confusables `clean`: combining marks and invisible characters removed before folding. */',
    `export const MARKS = ${util.regexLineBreakCombiningMarks};`,
    `export const SYMBOL_MARKS = ${util.regexSymbolWithCombiningMarks};`,
    '',
  ];
  return lines.join('\n');
}

/** The official hosts of the portal data (bundled from TypeScript with esbuild). */
export async function officialHosts() {
  const { build } = await import('esbuild');
  const r = await build({
    stdin: { contents: "export { PORTALS } from './utils/portals';", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
  });
  const { PORTALS } = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
  return PORTALS.flatMap((p) => Object.values(p.hosts).flatMap((g) => [...(g.exact ?? []), ...(g.suffix ?? [])]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = await generate(await officialHosts());
  if (process.argv.includes('--check')) {
    const now = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (now !== text) {
      console.error(`${path.relative(ROOT, OUT)} is out of date: run node scripts/official-tables.mjs`);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(OUT, text);
    console.log(`wrote ${path.relative(ROOT, OUT)} (${text.length} characters)`);
  }
}
