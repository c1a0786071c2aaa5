#!/usr/bin/env node
// Generates utils/report/words.txt: the words a page report may show (utils/report/redact.ts); every other word
// becomes « … ». Committed, so the build needs nothing from apt. Run again after adding portal data or fixtures:
//   apt-get download wfrench wamerican && for d in w*.deb; do dpkg-deb -x "$d" dict; done
//   node scripts/report-words.mjs --dict dict/usr/share/dict
// What goes in (normalised: lower case, no accents):
// - short dictionary words (French ≤ 5 letters, English ≤ 5 letters, lower-case entries only: no proper nouns);
// - words of the product's texts (locales fr, en), its docs and the fixture pages' text, when a dictionary knows
//   them (any length);
// - the markup vocabulary: tokens of the portal data (utils/portals) and of the fixtures' ids, classes, names,
//   roles, types and link paths (brand names, ids such as `fm1`, `cerbere`).
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const root = path.resolve(import.meta.dirname, '..');
const arg = (k, d) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1] : d;
};
const dictDir = arg('--dict', '/usr/share/dict');
const out = arg('--out', path.join(root, 'utils/report/words.txt'));
// Example names some texts use (« Lucas — collège Jean Moulin »): never let a first name through.
const DENY = new Set(['lucas', 'kevin', 'yasmine', 'benali', 'dupontel', 'dupont', 'durand', 'martin', 'moulin']);

/** Same as utils/report/redact.ts `norm`. */
const norm = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').toLowerCase();
const runs = (s) => s.match(/\p{L}+/gu) ?? [];
/** A letter run and its camelCase parts (`portalCASLoginLink` → portal, cas, login, link). */
const parts = (run) => [run, ...(run.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+/gu) ?? [])];
const ok = (w) => /^[a-z]+$/.test(w) && w.length <= 30;

const readDict = (f) => fs.readFileSync(path.join(dictDir, f), 'utf8').split('\n').filter((w) => w && !w.includes("'"));
const fr = readDict('french');
const en = readDict('american-english').filter((w) => !/^\p{Lu}/u.test(w));
const dict = new Set([...fr, ...en].map(norm));

const words = new Set();
for (const w of [...fr, ...en]) if ([...w].length <= 5) words.add(norm(w));

const known = (text) => runs(text).flatMap(parts).map(norm).filter((w) => dict.has(w));
const markup = (text) => runs(text).flatMap(parts).map(norm);

// Product texts and docs.
const flat = (v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(flat) : []);
for (const l of ['fr', 'en']) flat(YAML.parse(fs.readFileSync(path.join(root, `locales/${l}.yml`), 'utf8'))).forEach((s) => known(s).forEach((w) => words.add(w)));
known(fs.readFileSync(path.join(root, 'docs/sources.md'), 'utf8')).forEach((w) => words.add(w));

// Portal data: every string literal's tokens.
for (const f of fs.readdirSync(path.join(root, 'utils/portals'))) {
  const src = fs.readFileSync(path.join(root, 'utils/portals', f), 'utf8');
  for (const m of src.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`]*)`/g)) markup(m[1] ?? m[2] ?? m[3]).forEach((w) => words.add(w));
}

// Fixtures: markup attributes as they are, text when a dictionary knows it.
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.html') ? [path.join(d, e.name)] : []));
for (const f of walk(path.join(root, 'tests/fixtures'))) {
  const html = fs.readFileSync(f, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ');
  for (const m of html.matchAll(/\s(id|class|name|for|role|type|href|action|src|method|autocomplete)=("[^"]*"|'[^']*')/gi)) {
    markup(m[2].replace(/\?.*$/, '')).forEach((w) => words.add(w));
  }
  for (const m of html.matchAll(/<\/?([a-z][a-z0-9-]*)/gi)) markup(m[1]).forEach((w) => words.add(w));
  known(html.replace(/<[^>]*>/g, ' ')).forEach((w) => words.add(w));
}

const list = [...words].filter((w) => ok(w) && !DENY.has(w)).sort();
fs.writeFileSync(out, `${list.join('\n')}\n`);
console.log(`${list.length} words → ${path.relative(root, out)} (${fs.statSync(out).size} bytes)`);
