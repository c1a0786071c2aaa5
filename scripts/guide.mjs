#!/usr/bin/env node
// The illustrated guide (`npm start`, after the builds): Debian Chromium, headless, with the built extension,
// walks every journey of the demonstration page (demo.html: the fixture pages with the real overlay on them)
// and writes into guide/:
//   guide/<journey>/<NN>-<step>.png   one picture per step, overlay on
//   guide/<journey>.pdf               the printable guide of the journey ("Imprimer le guide", A4)
//   guide/index.html                  every journey by portal, named after the family's letter, with its
//                                     pictures and the plain-French instructions
// One journey per situation and portal (issue 19): the support agent prints the one whose name is the letter
// the family holds; the overlay in it follows that situation (its ring, text and counter).
//
//   node scripts/guide.mjs [--out DIR] [--journey ID]… [--no-pdf]
//   node scripts/guide.mjs --open      with a display: Chromium with the extension, on the demonstration page
//
// Nothing is fetched from the network: every http(s) request is answered locally with a 404 page.
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { NOT_FOUND } from './fixtures.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION_PATH = path.resolve(ROOT, process.env.CE_OUT_DIR ?? '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1440, height: 860 };

// ----------------------------------------------------------------- strings (locales/fr.yml, section demo.cli)
const messages = YAML.parse(fs.readFileSync(path.join(ROOT, 'locales/fr.yml'), 'utf8'));
/** `demo.cli.<key>` with $1… substituted ($$ is a literal $). */
export function msg(key, ...subs) {
  const raw = key.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), messages.demo?.cli);
  const s = typeof raw === 'string' ? raw : key;
  return s.replace(/\$(\$|\d)/g, (_, d) => (d === '$' ? '$' : String(subs[Number(d) - 1] ?? '')));
}

const esc = (s) =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// ----------------------------------------------------------------- browser
/** Chromium with the built extension; every non-extension request is answered locally (no network). */
export async function launch({ headless = true } = {}) {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_PATH}: run "npx wxt build" first`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-guide-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    locale: 'fr-FR',
    viewport: headless ? VIEWPORT : null,
    args: [
      ...(headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--lang=fr-FR',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(headless ? [] : ['--start-maximized']),
    ],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.fulfill({ status: 404, contentType: 'text/html; charset=utf-8', body: NOT_FOUND });
  });
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(sw.url()).host;
  const close = async () => {
    await context.close().catch(() => {});
    try {
      fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch {
      /* a profile left in the temporary directory is harmless */
    }
  };
  return { context, extensionId, demoUrl: `chrome-extension://${extensionId}/demo.html`, close };
}

// ----------------------------------------------------------------- progress
function progress(line, final = false) {
  if (process.stdout.isTTY) process.stdout.write(`\r\x1b[K${line}${final ? '\n' : ''}`);
  else process.stdout.write(`${line}\n`);
}

// ----------------------------------------------------------------- rendering
/**
 * Render the guide. `journeys`: only these journey ids (default: every journey that has all its pages).
 * Returns what was written, for the caller and the tests.
 */
export async function renderGuide({ outDir = path.join(ROOT, 'guide'), journeys: only = [], pdf = true, log = progress } = {}) {
  const b = await launch({ headless: true });
  const written = { outDir, pngs: [], pdfs: [], journeys: [], warnings: [] };
  try {
    const page = await b.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(b.demoUrl);
    await page.waitForFunction(() => !!window.compagnonDemo, null, { timeout: 15_000 });
    const plan = await page.evaluate(() => window.compagnonDemo.plan());
    const todo = plan.filter((j) => j.available && (only.length === 0 || only.includes(j.id)));
    if (only.length === 0) fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(outDir, { recursive: true });

    for (const j of todo) {
      const dir = path.join(outDir, j.id);
      fs.rmSync(dir, { recursive: true, force: true });
      fs.mkdirSync(dir, { recursive: true });
      const entry = { id: j.id, label: j.label, letter: j.letter, situation: j.situation, portal: j.portal, steps: [], pdf: null };
      await page.goto(`${b.demoUrl}?capture&journey=${encodeURIComponent(j.id)}`);
      const n = j.steps.length;
      for (let i = 0; i < n; i++) {
        log(msg('progress', j.label, i + 1, n));
        await page.waitForSelector(`body[data-stage-ready="${j.id}:${i}"]`, { timeout: 15_000 });
        // the "C'est ici" tag is placed asynchronously
        await page.waitForTimeout(120);
        const got = await page.locator('compagnon-ent').getAttribute('data-step', { timeout: 2000 }).catch(() => null);
        if (got !== j.steps[i].step) {
          written.warnings.push(`${j.id} #${i + 1}: expected ${j.steps[i].step}, overlay shows ${got ?? 'nothing'}`);
        }
        const rel = `${j.id}/${String(i + 1).padStart(2, '0')}-${j.steps[i].step}.png`;
        await page.getByTestId('demo-stage').screenshot({ path: path.join(outDir, rel), animations: 'disabled' });
        written.pngs.push(path.join(outDir, rel));
        const info = await page.evaluate(() => window.compagnonDemo.info());
        entry.steps.push({ file: rel, title: j.steps[i].title, step: j.steps[i].step, info });
        if (i < n - 1) await page.keyboard.press('ArrowRight');
      }
      if (pdf) {
        const file = `${j.id}.pdf`;
        const p = await b.context.newPage();
        try {
          await p.goto(`${b.demoUrl}?journey=${encodeURIComponent(j.id)}&view=guide`);
          await p.waitForSelector('body[data-guide-ready]', { timeout: 60_000 });
          await p.pdf({ path: path.join(outDir, file), format: 'A4', printBackground: true, preferCSSPageSize: true });
          entry.pdf = file;
          written.pdfs.push(path.join(outDir, file));
        } catch (e) {
          written.warnings.push(msg('pdf_failed', e instanceof Error ? e.message.split('\n')[0] : String(e)));
        } finally {
          await p.close();
        }
      }
      written.journeys.push(entry);
    }
    fs.writeFileSync(path.join(outDir, 'index.html'), indexHtml(written.journeys));
    log(msg('done', written.pngs.length, written.pdfs.length, path.relative(process.cwd(), outDir) || '.'), true);
    for (const w of written.warnings) console.warn(`! ${w}`);
    return written;
  } finally {
    await b.close();
  }
}

function indexHtml(journeys) {
  const css = `
  body{font:16px/1.45 system-ui,sans-serif;color:#1b1b1f;max-width:1100px;margin:0 auto;padding:16px 20px 48px}
  h1{color:#0b4fa8;margin:0 0 4px}h2{margin:36px 0 4px;padding-top:12px;border-top:2px solid #c6cbd6}
  nav ul{padding-left:20px}ol{list-style:none;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:18px}
  figure{margin:0;border:1px solid #c6cbd6;border-radius:8px;overflow:hidden;background:#fff}
  figure img{display:block;width:100%;height:auto;border-bottom:1px solid #c6cbd6}
  figcaption{padding:8px 12px}figcaption p{margin:0 0 4px}.num{display:inline-block;background:#0b4fa8;color:#fff;border-radius:999px;padding:0 8px;font-size:14px;margin-right:6px}
  .next{background:#eef3fb;border-radius:6px;padding:4px 8px}.addr{color:#4a4f5c;font-size:13px;word-break:break-all}`;
  const section = (j) => `
<section id="${esc(j.id)}" data-situation="${esc(j.situation)}">
  <h2>${esc(j.label)}</h2>
  ${j.pdf ? `<p><a href="${esc(j.pdf)}">${esc(msg('index_pdf'))}</a></p>` : ''}
  <ol>
${j.steps
  .map((s) => {
    const i = s.info;
    const title = i?.title || s.title;
    return `    <li><figure>
      <a href="${esc(s.file)}"><img src="${esc(s.file)}" alt="${esc(msg('index_picture', title))}" loading="lazy"></a>
      <figcaption>
        <p><strong><span class="num">${esc(i?.counter ?? '')}</span>${esc(title)}</strong></p>
        ${i?.url ? `<p class="addr">${esc(i.url)}</p>` : ''}
        ${(i?.origin ? [i.origin] : []).concat(i?.body ?? []).map((p) => `<p>${esc(p)}</p>`).join('\n        ')}
        ${i?.next ? `<p class="next">${esc(i.next)}</p>` : ''}
      </figcaption>
    </figure></li>`;
  })
  .join('\n')}
  </ol>
</section>`;
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(msg('index_title'))}</title><style>${css}</style></head>
<body>
<h1>${esc(msg('index_title'))}</h1>
<p>${esc(msg('index_intro'))}</p>
<nav>
${[...new Set(journeys.map((j) => j.portal))]
  .map(
    (portal) => `<h3>${esc(portal)}</h3><ul>
${journeys
  .filter((j) => j.portal === portal)
  .map((j) => `  <li><a href="#${esc(j.id)}" data-situation="${esc(j.situation)}">${esc(j.letter ?? j.label)}</a> (${j.steps.length})${j.pdf ? ` · <a href="${esc(j.pdf)}">${esc(msg('index_pdf'))}</a>` : ''}</li>`)
  .join('\n')}
</ul>`,
  )
  .join('\n')}
</nav>
${journeys.map(section).join('\n')}
</body>
</html>
`;
}

/** With a display: Chromium with the extension, on the demonstration page, until the window is closed. */
export async function openDemo({ headless = false, onOpen } = {}) {
  const b = await launch({ headless });
  const page = b.context.pages()[0] ?? (await b.context.newPage());
  await page.goto(b.demoUrl);
  console.log(msg('opened'));
  const closed = new Promise((resolve) => b.context.on('close', resolve));
  await onOpen?.(page, b);
  await closed;
  await b.close();
}

function parseArgs(argv) {
  const o = { open: false, outDir: undefined, journeys: [], pdf: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--open') o.open = true;
    else if (a === '--no-pdf') o.pdf = false;
    else if (a === '--out') o.outDir = path.resolve(argv[++i]);
    else if (a === '--journey') o.journeys.push(argv[++i]);
  }
  return o;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const o = parseArgs(process.argv.slice(2));
  try {
    if (o.open && process.env.DISPLAY) await openDemo();
    else {
      if (o.open) console.log(msg('no_display'));
      await renderGuide({ outDir: o.outDir, journeys: o.journeys, pdf: o.pdf });
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
