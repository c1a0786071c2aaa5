#!/usr/bin/env node
// A page report (« Cette page n'est pas reconnue ? », utils/report/describe.ts) → a fixture page.
//   npm run fixture -- report.txt [--expect portal/step|none] [--state error] [--portal netocentre] [--name login-2027]
// writes tests/fixtures/variants/<portal>/<name>.html with the header scripts/fixtures.mjs reads:
//   <!-- fixture url="…" expect="…" variant="…" -->
// Without --expect the header says expect="<portal>/TODO": the suite fails on it until a maintainer writes the
// step the page is (README « Quand un portail change »).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const REPORT_MARK = 'Compagnon ENT — rapport de page';
const ROOT = path.resolve(import.meta.dirname, '..');

/** The report's header lines (`<!-- key : value -->`) and its page (from `<!doctype html>` on). */
export function parseReport(text) {
  const src = text.replace(/\r\n?/g, '\n');
  // The family may paste the report into a mail: whatever comes before the first line is dropped.
  const start = src.indexOf(`<!-- ${REPORT_MARK}`);
  if (start < 0) throw new Error(`not a page report: no « ${REPORT_MARK} » line`);
  const body = src.slice(start);
  const doctype = body.search(/^<!doctype html>/im);
  if (doctype < 0) throw new Error('page report without its page (<!doctype html>)');
  const head = {};
  for (const m of body.slice(0, doctype).matchAll(/^<!--\s*([^:>]+?)\s*:\s*(.*?)\s*-->$/gm)) head[m[1].trim()] = m[2];
  const end = body.search(/^<\/html>\s*$/im);
  const page = end < 0 ? body.slice(doctype) : body.slice(doctype, end + '</html>'.length);
  return { head, page: `${page.trimEnd()}\n` };
}

/** The address the fixture is served at: the report's, its dropped values left empty. */
export function fixtureUrl(reported) {
  const [noHash] = reported.split('#');
  const q = noHash.indexOf('?');
  const pathPart = (q < 0 ? noHash : noHash.slice(0, q)).replace(/…/g, 'x');
  const query = q < 0 ? '' : noHash.slice(q + 1).replace(/=…/g, '=').replace(/…/g, 'x');
  return query ? `${pathPart}?${query}` : pathPart;
}

const attr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The fixture page's text. `expect`: `portal/step`, `none`, or absent (TODO). */
export function fixtureFromReport(text, { expect, state, note } = {}) {
  const { head, page } = parseReport(text);
  const url = head.adresse;
  if (!url || !/^https?:\/\//.test(url)) throw new Error('page report without its address');
  const portal = head.portail && head.portail !== 'inconnu' ? head.portail : null;
  const exp = expect ?? `${portal ?? 'TODO'}/TODO`;
  const then = head.reconnu ?? 'aucune étape';
  const variant = note ?? `page report (${head.fenêtre ? `window ${head.fenêtre}, ` : ''}recognised then: ${then})`;
  return {
    portal,
    html: `<!-- fixture url="${attr(fixtureUrl(url))}" expect="${attr(exp)}"${state ? ` state="${attr(state)}"` : ''} variant="${attr(variant)}" -->\n${page}`,
  };
}

function main(argv) {
  const opt = (k) => {
    const i = argv.indexOf(k);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    argv.splice(i, 2);
    return v;
  };
  const expect = opt('--expect');
  const state = opt('--state');
  const portalOpt = opt('--portal');
  const name = opt('--name') ?? `report-${new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '')}`;
  const outDir = opt('--out');
  const file = argv[0];
  if (!file) {
    console.error('usage: npm run fixture -- <report file> [--expect portal/step|none] [--state s] [--portal p] [--name n]');
    process.exit(2);
  }
  const { portal, html } = fixtureFromReport(fs.readFileSync(file, 'utf8'), { expect, state });
  const dirName = portalOpt ?? (expect && expect !== 'none' ? expect.split('/')[0] : portal);
  if (!dirName) throw new Error('the report names no portal: give --portal or --expect');
  const dir = outDir ?? path.join(ROOT, 'tests/fixtures/variants', dirName);
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, name.endsWith('.html') ? name : `${name}.html`);
  if (fs.existsSync(out)) throw new Error(`${path.relative(ROOT, out)} exists: give another --name`);
  fs.writeFileSync(out, html);
  console.log(`${path.relative(ROOT, out)} written.`);
  if (!expect) console.log('Now write the step this page is in its first line (expect="portal/step" or "none"), then run:');
  else console.log('Now run:');
  console.log(`  npx vitest run tests/unit/recognize.test.ts -t "${path.relative(path.join(ROOT, 'tests/fixtures'), out)}"`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
