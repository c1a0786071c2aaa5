// `npm run release` and AMO's rebuild, for real: the release script writes its packages into a temporary folder,
// the sources zip is unpacked in another, `npm ci` and the two builds of BUILD.md run there, and every file of the
// rebuilt extensions must be byte for byte the file of the released zips (a reproducible build: no time stamp,
// no absolute path, no machine-dependent ordering). Run: node --test tests/release/ (≈ 1 min: npm ci + 4 builds).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

const root = path.resolve(import.meta.dirname, '../..');
const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-release-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const env = { ...process.env, CE_OUT_DIR: path.join(tmp, 'out'), CE_RELEASE_DIR: path.join(tmp, 'release') };
const rebuildEnv = { ...process.env };
delete rebuildEnv.CE_OUT_DIR; // BUILD.md's commands as written: output in the unpacked folder's .output/

const unzip = (zip, dir) => {
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('unzip', ['-q', '-o', zip, '-d', dir]);
  return dir;
};
/** Every file under `dir`, relative, sorted. */
const listFiles = (dir) =>
  fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
const sha = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

const zips = { chrome: `${name}-${version}-chrome.zip`, firefox: `${name}-${version}-firefox.zip`, sources: `${name}-${version}-sources.zip` };

test('npm run release writes the three zips and their SHA-256 sums', { timeout: 120_000 }, () => {
  execFileSync('node', ['scripts/release.mjs'], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const rel = env.CE_RELEASE_DIR;
  assert.deepEqual(fs.readdirSync(rel).sort(), [...Object.values(zips), 'SHA256SUMS'].sort());
  const sums = fs.readFileSync(path.join(rel, 'SHA256SUMS'), 'utf8').trim().split('\n');
  assert.deepEqual(
    sums,
    Object.values(zips).map((z) => `${sha(path.join(rel, z))}  ${z}`),
  );
  // The format `sha256sum -c` reads.
  assert.match(execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: rel, encoding: 'utf8' }), /sources\.zip: OK/);
});

test('the sources zip has what a rebuild needs and nothing generated', () => {
  const src = unzip(path.join(env.CE_RELEASE_DIR, zips.sources), path.join(tmp, 'src'));
  const files = listFiles(src);
  for (const f of ['BUILD.md', 'CHANGELOG.md', 'package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json'])
    assert.ok(files.includes(f), `${f} in the sources zip`);
  assert.ok(files.some((f) => f.startsWith('entrypoints/')) && files.some((f) => f.startsWith('tests/fixtures/')));
  const generated = files.filter((f) => /^(node_modules|\.output|\.wxt|release|test-results|guide|store\/screenshots)\//.test(f) || f.split('/').includes('node_modules'));
  assert.deepEqual(generated, []);
  const build = fs.readFileSync(path.join(src, 'BUILD.md'), 'utf8');
  assert.match(build, /Node\.js 20\.19/);
  assert.match(build, /npm ci/);
  assert.match(build, /npx wxt build -b firefox/);
});

test('rebuilt from the sources zip with BUILD.md\'s commands: byte-identical to the released zips', { timeout: 240_000 }, () => {
  const src = path.join(tmp, 'src');
  const opts = { cwd: src, env: rebuildEnv, stdio: ['ignore', 'ignore', 'pipe'] };
  execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], opts);
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], opts);
  execFileSync('npx', ['wxt', 'build'], opts);
  for (const [browser, dir] of [['firefox', 'firefox-mv2'], ['chrome', 'chrome-mv3']]) {
    const released = unzip(path.join(env.CE_RELEASE_DIR, zips[browser]), path.join(tmp, `released-${browser}`));
    const rebuilt = path.join(src, '.output', dir);
    const want = listFiles(released);
    assert.deepEqual(listFiles(rebuilt), want, `${browser}: same file list`);
    const differ = want.filter((f) => !fs.readFileSync(path.join(released, f)).equals(fs.readFileSync(path.join(rebuilt, f))));
    assert.deepEqual(differ, [], `${browser}: files that differ from the released zip`);
  }
});
