#!/usr/bin/env node
// Store screenshots (`npm start`, after the builds): the demonstration page (demo.html: fixture pages with the
// real help on them) in headless Debian Chromium with the built extension, at the stores' two sizes:
//   store/screenshots/<lang>/<NN>-<name>-1280x800.png   Chrome Web Store, addons.mozilla.org
//   store/screenshots/<lang>/<NN>-<name>-640x400.png    the same layout at half scale
// Generated, so git-ignored (store/README.md). Nothing is fetched: non-extension requests get a local 404.
//
//   node scripts/store-screenshots.mjs [--out DIR]
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NOT_FOUND } from '../tests/support/fixtures.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION_PATH = path.resolve(ROOT, process.env.CE_OUT_DIR ?? '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outArg = process.argv.indexOf('--out');
const OUT = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(ROOT, 'store/screenshots');

/** The pictures: a journey of the demo (demo.html's plan) and the step to show. */
const SHOTS = [
  { name: 'activation', journey: 'netocentre-activation', step: 'activation-login' },
  { name: 'profile', journey: 'netocentre-login', step: 'profile-chooser' },
  { name: 'educonnect-password', journey: 'educonnect-activation', step: 'activation' },
  { name: 'occitanie', journey: 'occitanie-login', step: 'login' },
];
const LANGS = [
  { lang: 'fr', locale: 'fr-FR' },
  { lang: 'en', locale: 'en-GB' },
  { lang: 'ar', locale: 'ar' },
];
const SIZES = [
  { label: '1280x800', scale: 1 },
  { label: '640x400', scale: 0.5 },
];

async function launch(locale, scale) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-store-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    locale,
    // The page is laid out at 1280 × 800 CSS pixels; the half-size pictures are the same layout at scale ½.
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: scale,
    args: [
      '--headless=new',
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: NOT_FOUND });
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const demo = `chrome-extension://${new URL(sw.url()).host}/demo.html`;
  return {
    context,
    demo,
    close: async () => {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function storeScreenshots(outDir = OUT) {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) throw new Error(`build first: ${EXTENSION_PATH}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  const written = [];
  for (const { lang, locale } of LANGS) {
    for (const { label, scale } of SIZES) {
      const b = await launch(locale, scale);
      try {
        const page = await b.context.newPage();
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.goto(b.demo);
        await page.waitForFunction(() => !!window.compagnonDemo, null, { timeout: 15_000 });
        const plan = (await page.evaluate(() => window.compagnonDemo.plan())).filter((j) => j.available);
        let n = 0;
        for (const s of SHOTS) {
          const j = plan.find((x) => x.id === s.journey);
          const i = j ? j.steps.findIndex((st) => st.step === s.step) : -1;
          if (i < 0) throw new Error(`store-screenshots: no step ${s.step} in demo journey ${s.journey}`);
          await page.goto(`${b.demo}?capture&journey=${encodeURIComponent(j.id)}`);
          for (let k = 0; k < i; k++) {
            await page.waitForSelector(`body[data-stage-ready="${j.id}:${k}"]`, { timeout: 15_000 });
            await page.keyboard.press('PageDown'); // next in both directions (← is next in Arabic)
          }
          await page.waitForSelector(`body[data-stage-ready="${j.id}:${i}"]`, { timeout: 15_000 });
          await page.locator('compagnon-ent').waitFor({ state: 'attached', timeout: 5000 });
          await page.waitForTimeout(300); // the "C'est ici" tag is placed asynchronously
          const file = path.join(outDir, lang, `${String(++n).padStart(2, '0')}-${s.name}-${label}.png`);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          await page.screenshot({ path: file, animations: 'disabled' });
          written.push(file);
        }
      } finally {
        await b.close();
      }
    }
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    const files = await storeScreenshots();
    console.log(`store screenshots: ${files.length} in ${path.relative(ROOT, OUT)}/`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
