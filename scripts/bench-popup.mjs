/**
 * The popup's figures (issue 23): how soon it shows its first content, opened right after the browser starts
 * (cold) and again later (warm), and what one opening loads (gzip). Method and results: bench/README.md « Popup ».
 *
 *   node scripts/bench-popup.mjs [extDir]     prints the figures as JSON (builds nothing: run `npx wxt build` first)
 *
 * `popupFigures({ extDir, chromiumPath })` is what scripts/bench.mjs calls.
 */
import { chromium } from '@playwright/test';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');

/** What the status card shows first: the official-site check's card, whatever its outcome. */
const FIRST_CONTENT = '[data-testid=pp-check] .pp-status-title';

/**
 * The files an HTML page of the extension loads: its scripts, modulepreloads and stylesheets, and every chunk
 * they import, statically or lazily.
 */
export function pageFiles(extDir, html) {
  const seen = new Set();
  const visit = (rel) => {
    const f = rel.replace(/^\//, '');
    if (seen.has(f) || !fs.existsSync(path.join(extDir, f))) return;
    seen.add(f);
    if (!f.endsWith('.js')) return;
    const code = fs.readFileSync(path.join(extDir, f), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["'`](\.\.?\/[^"'`]+\.(?:js|css))["'`]/g)) visit(path.posix.join(path.posix.dirname(f), m[1]));
    // Vite's preload helper names lazy chunks' dependencies as paths from the root: "chunks/x.js", "assets/y.css".
    for (const m of code.matchAll(/["'`]((?:chunks|assets)\/[^"'`]+\.(?:js|css))["'`]/g)) visit(m[1]);
  };
  const text = fs.readFileSync(path.join(extDir, html), 'utf8');
  for (const m of text.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)) visit(m[1]);
  return [...seen].sort();
}

const gzipKiB = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;

/** Chromium's id for an unpacked extension without a manifest key: from its absolute path. */
function unpackedId(dir) {
  const hex = crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((h) => String.fromCharCode(97 + parseInt(h, 16))).join('');
}

/** Runs in the popup before its scripts: the time of the first animation frame that has the status card's text. */
function watchFirstContent(selector) {
  const tick = (ts) => {
    const el = document.querySelector(selector);
    if (el && el.textContent.trim()) {
      globalThis.__ceFirstContent = ts;
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function openAndTime(context, url) {
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(url);
  const ms = await page
    .waitForFunction(() => globalThis.__ceFirstContent ?? null, null, { timeout: 15_000, polling: 50 })
    .then((h) => h.jsonValue());
  return { page, ms, sinceLaunchMs: t0 };
}

/**
 * The popup's floor: an extension whose popup page is one module of one line that writes the status card's
 * title (same selector). What any extension page costs this browser on this machine before its first content.
 */
export function popupFloorExtension(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'bench popup floor: one-line page', version: '1', action: { default_popup: 'popup.html' },
    // An empty service worker, as ours has one: without it each opening would start a renderer of its own.
    background: { service_worker: 'sw.js' },
  }));
  fs.writeFileSync(path.join(dir, 'sw.js'), '\n');
  fs.writeFileSync(path.join(dir, 'popup.html'), '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>floor</title>' +
    '<script type="module" src="/floor.js"></script></head><body><div id="app"></div></body></html>\n');
  fs.writeFileSync(path.join(dir, 'floor.js'),
    "document.getElementById('app').innerHTML = '<div data-testid=pp-check><p class=pp-status-title>Site officiel</p></div>';\n");
  return dir;
}

/**
 * One fresh profile and browser with the extension `ext`: its popup page opened as soon as Playwright has the
 * browser (cold, a few ms after it is up: `openedAfterLaunchMs`), as a family clicking the button right after
 * starting the browser; then the same page 5 s later, 3 times (warm).
 */
async function oneBrowser(ext, chromiumPath) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-bench-popup-'));
  const url = `chrome-extension://${unpackedId(ext)}/popup.html`;
  const launched = Date.now();
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: false,
    viewport: { width: 420, height: 720 },
    args: ['--headless=new', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const ready = Date.now();
    await context.addInitScript(watchFirstContent, FIRST_CONTENT);
    const c = await openAndTime(context, url);
    const openedAfter = { sinceLaunchCall: c.sinceLaunchMs - launched, sinceBrowserReady: c.sinceLaunchMs - ready };
    await c.page.close();
    await new Promise((res) => setTimeout(res, 5000));
    const warm = [];
    for (let k = 0; k < 3; k++) {
      const w = await openAndTime(context, url);
      warm.push(w.ms);
      await w.page.close();
    }
    return { cold: c.ms, warm, openedAfter };
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Cold and warm first content, ours and the floor's (`popupFloorExtension`), in alternate browsers of the same
 * rounds: medians of `rounds` fresh browsers each (cold) and of their 3 later openings (warm).
 */
export async function popupFigures({ extDir = path.join(ROOT, '.output/chrome-mv3'), chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', rounds = 3 } = {}) {
  const ext = path.resolve(extDir);
  if (!fs.existsSync(path.join(ext, 'popup.html'))) throw new Error(`No built extension at ${ext}: run "npx wxt build" first`);
  const files = pageFiles(ext, 'popup.html').map((f) => ({ file: f, gzipKiB: Math.round(gzipKiB(path.join(ext, f)) * 10) / 10 }));
  const gzipTotalKiB = Math.round(files.reduce((a, f) => a + gzipKiB(path.join(ext, f.file)), 0) * 10) / 10;
  const floorDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-bench-popup-floor-'));
  const floorExt = popupFloorExtension(path.join(floorDir, 'ext'));
  const sides = { ours: { cold: [], warm: [], openedAfter: [] }, floor: { cold: [], warm: [], openedAfter: [] } };
  try {
    for (let r = 0; r < rounds; r++) {
      // Which side goes first alternates by round: a machine that grows busier slows both alike.
      const order = r % 2 ? [['floor', floorExt], ['ours', ext]] : [['ours', ext], ['floor', floorExt]];
      for (const [side, dir] of order) {
        const b = await oneBrowser(dir, chromiumPath);
        sides[side].cold.push(b.cold);
        sides[side].warm.push(...b.warm);
        sides[side].openedAfter.push(b.openedAfter);
      }
    }
  } finally {
    fs.rmSync(floorDir, { recursive: true, force: true });
  }
  const median = (a) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const round = (x) => Math.round(x * 10) / 10;
  const { ours, floor } = sides;
  return {
    coldFirstContentMs: round(median(ours.cold)),
    warmFirstContentMs: round(median(ours.warm)),
    floor: { coldFirstContentMs: round(median(floor.cold)), warmFirstContentMs: round(median(floor.warm)) },
    gzipTotalKiB,
    files,
    samples: {
      cold: ours.cold.map(round),
      warm: ours.warm.map(round),
      floorCold: floor.cold.map(round),
      floorWarm: floor.warm.map(round),
      openedAfterLaunchMs: ours.openedAfter,
      loadAverage: os.loadavg().map(round),
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const figures = await popupFigures({ extDir: process.argv[2] });
  console.log(JSON.stringify(figures, null, 2));
}
