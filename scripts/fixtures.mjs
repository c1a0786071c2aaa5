// Fixture pages: tests/fixtures/<portal>/<name>.html. The first line of each names the real URL the page is
// served at and what must be recognised:
//   <!-- fixture url="https://…" expect="portal/step" state="error" front="mce" -->   or   expect="none"
// Unit tests, e2e tests (Chromium and Firefox), the demo (modules/demo-fixtures.ts), the guide and the bench
// all read this one list; it lives in scripts/ so that product tooling never imports from tests/.
// Plain JavaScript so that node's test runner (Firefox e2e) and the TypeScript suites share it.
import fs from 'node:fs';
import path from 'node:path';
import { parseFixtureText } from './fixture-header.mjs';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../tests/fixtures');

function walk(dir) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? walk(path.join(dir, d.name)) : d.name.endsWith('.html') ? [path.join(dir, d.name)] : [],
    )
    .sort();
}

export function parseFixture(file) {
  const name = path.relative(FIXTURE_DIR, file);
  const { html, ...rest } = parseFixtureText(name, fs.readFileSync(file, 'utf8'));
  return { ...rest, file, html };
}

let cache = null;
export function loadFixtures() {
  cache ??= walk(FIXTURE_DIR).map(parseFixture);
  return cache;
}

export function fixtureByName(name) {
  const f = loadFixtures().find((x) => x.name === name || x.name === `${name}.html`);
  if (!f) throw new Error(`no fixture ${name}`);
  return f;
}

export const NOT_FOUND =
  '<!doctype html><html lang="fr"><head><title>404</title></head><body><h1>Page absente (test)</h1></body></html>';

/** The fixture served at a URL: exact match first (as the browser sends it: no hash, host normalised), then same origin + path. */
export function pageFor(url, fixtures = loadFixtures()) {
  const exact = fixtures.find((f) => f.url === url);
  if (exact) return exact;
  let u;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const sent = (x) => {
    const v = new URL(x);
    v.hash = '';
    return v.href;
  };
  const same = fixtures.find((f) => sent(f.url) === sent(u.href));
  if (same) return same;
  return (
    fixtures.find((f) => {
      const v = new URL(f.url);
      return v.origin === u.origin && v.pathname === u.pathname;
    }) ?? null
  );
}
