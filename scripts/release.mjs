#!/usr/bin/env node
// `npm run release`: the packages both stores take, in release/ (git-ignored):
//   compagnon-ent-<version>-chrome.zip    Chrome Web Store (and Edge Add-ons)
//   compagnon-ent-<version>-firefox.zip   addons.mozilla.org (desktop and Android)
//   compagnon-ent-<version>-sources.zip   the sources AMO asks for a bundled extension: everything needed to
//                                         rebuild, BUILD.md says how (no node_modules, no build output)
//   SHA256SUMS                            `sha256sum -c SHA256SUMS` checks the three
// The version is package.json's; CHANGELOG.md must have a `## <version>` entry, or nothing is made.
// tests/release/reproducible.test.mjs rebuilds from the sources zip and compares byte for byte.
//
// Env: CE_OUT_DIR (WXT's output folder, as for the builds), CE_RELEASE_DIR (default release/).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.resolve(root, process.env.CE_OUT_DIR ?? '.output');
const releaseDir = path.resolve(root, process.env.CE_RELEASE_DIR ?? 'release');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const { name, version } = pkg;

function fail(msg) {
  console.error(`release: ${msg}`);
  process.exit(1);
}

/** The CHANGELOG.md section of `v` (its lines up to the next `## `), or null. */
function changelogEntry(text, v) {
  const lines = text.split('\n');
  const esc = v.replace(/[.]/g, '\\.');
  const start = lines.findIndex((l) => new RegExp(`^## \\[?${esc}\\]?(\\s|$)`).test(l));
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const body = lines.slice(start + 1, end).join('\n').trim();
  return body ? body : null;
}

if (process.env.CE_TEST_KEY) fail('CE_TEST_KEY is set: the test key (fixed id) must never be in a store package');
if (!/^\d+\.\d+\.\d+$/.test(version)) fail(`package.json version "${version}" is not x.y.z (the stores need numbers)`);
const changelog = fs.existsSync(path.join(root, 'CHANGELOG.md')) ? fs.readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8') : '';
if (!changelogEntry(changelog, version)) fail(`CHANGELOG.md has no "## ${version}" entry with text: write it first`);
if (!fs.existsSync(path.join(root, 'BUILD.md'))) fail('BUILD.md is missing (the sources zip must say how to rebuild)');

try {
  const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).trim();
  if (dirty) console.warn('release: warning: the work tree has uncommitted changes; the sources zip holds them as they are');
} catch {
  // Not a git checkout (e.g. rebuilt from the sources zip): nothing to check.
}

const run = (args) => execFileSync('npx', ['wxt', ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
// Each `wxt zip` builds first. Firefox's also writes the sources zip (WXT's default for Firefox).
run(['zip']);
run(['zip', '-b', 'firefox']);

const files = [`${name}-${version}-chrome.zip`, `${name}-${version}-firefox.zip`, `${name}-${version}-sources.zip`];
fs.rmSync(releaseDir, { recursive: true, force: true });
fs.mkdirSync(releaseDir, { recursive: true });
const sums = [];
for (const f of files) {
  const from = path.join(outDir, f);
  if (!fs.existsSync(from)) fail(`wxt zip did not write ${from}`);
  fs.copyFileSync(from, path.join(releaseDir, f));
  const hash = crypto.createHash('sha256').update(fs.readFileSync(from)).digest('hex');
  sums.push(`${hash}  ${f}`);
}
fs.writeFileSync(path.join(releaseDir, 'SHA256SUMS'), `${sums.join('\n')}\n`);
console.log(`\n${name} ${version} (node ${process.versions.node}) in ${path.relative(root, releaseDir) || releaseDir}/:`);
for (const f of [...files, 'SHA256SUMS']) console.log(`  ${f}  ${fs.statSync(path.join(releaseDir, f)).size} bytes`);
