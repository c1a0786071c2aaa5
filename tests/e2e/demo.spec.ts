/**
 * Demonstration page (issue 7): the real overlay on simulated pages, presenter controls, fake fields, the
 * printable guide, and `npm start`'s guide renderer (scripts/guide.mjs).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { loadFixtures } from '../support/fixtures.mjs';
import { PORTALS } from '../../utils/portals';
import { pickFixture } from '../../utils/demo/plan';
import { expect, resetStorage, shot, test } from './harness';

const ROOT = path.resolve(import.meta.dirname, '../..');
const fixtures = loadFixtures();
// A page for the journey's entry: its step, and the front and sub-state the entry names (MCE's code screen).
const hasPage = (s: { portal: string; step: string; front?: string | null; state?: string | null }) =>
  !!pickFixture(fixtures, s.portal, s.step, s);
const journeys = PORTALS.flatMap((p) => p.journeys.map((j) => ({ ...j, owner: p.id })));
const available = journeys.filter((j) => j.steps.every(hasPage));
/** The longest journey that has all its pages: the walk test goes through all of it. */
const longest = [...available].sort((a, b) => b.steps.length - a.steps.length)[0];

type PlanEntry = { id: string; available: boolean; steps: { portal: string; step: string }[] };

async function openDemo(page: Page, extensionId: string, query = '') {
  await page.goto(`chrome-extension://${extensionId}/demo.html${query}`);
  await page.waitForFunction(() => !!window.compagnonDemo);
}
const host = (page: Page) => page.locator('compagnon-ent');
const frameUrl = (page: Page) => page.frames().find((f) => f.parentFrame() === page.mainFrame())?.url();

test('npm start renders the guide: one PNG per step, the index lists them, a PDF', async () => {
  test.setTimeout(120_000);
  const journey = available.find((j) => j.id.endsWith('-login')) ?? available[0];
  const out = path.join(ROOT, 'test-results', 'guide-e2e');
  fs.rmSync(out, { recursive: true, force: true });
  const { stdout } = await promisify(execFile)(
    'node',
    ['scripts/guide.mjs', '--out', out, '--journey', journey.id],
    { cwd: ROOT, timeout: 100_000 },
  );
  const n = journey.steps.length;
  expect(stdout).toContain(`étape ${n}/${n}`);
  const pngs = fs.readdirSync(path.join(out, journey.id)).filter((f) => f.endsWith('.png')).sort();
  expect(pngs).toEqual(journey.steps.map((s, i) => `${String(i + 1).padStart(2, '0')}-${s.step}.png`));
  const index = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
  for (const f of pngs) {
    const buf = fs.readFileSync(path.join(out, journey.id, f));
    expect(buf.subarray(1, 4).toString()).toBe('PNG');
    expect(buf.readUInt32BE(16), `${f} width`).toBeGreaterThanOrEqual(1000);
    expect(buf.length, `${f} size`).toBeGreaterThan(20_000);
    expect(index).toContain(`src="${journey.id}/${f}"`);
  }
  // the instructions are in the index (text of the first step's help, as the overlay shows it)
  expect(index).toMatch(/Étape 1 sur \d+/);
  const pdf = fs.readFileSync(path.join(out, `${journey.id}.pdf`));
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  expect(index).toContain(`href="${journey.id}.pdf"`);
});

test('journey picker: every journey of the portals, the ones without pages disabled', async ({ page, ext }) => {
  await openDemo(page, ext.extensionId);
  const plan: PlanEntry[] = await page.evaluate(() => window.compagnonDemo!.plan());
  expect(plan.map((j) => j.id)).toEqual(journeys.map((j) => j.id));
  for (const j of journeys) {
    const entry = plan.find((p) => p.id === j.id)!;
    expect(entry.steps).toEqual(j.steps.map((s) => ({ ...s, title: expect.any(String) })));
    expect(entry.available, j.id).toBe(available.includes(j));
    const option = page.getByTestId('demo-journey').locator(`option[value="${j.id}"]`);
    if (entry.available) await expect(option).toBeEnabled();
    else await expect(option).toBeDisabled();
  }
});

test('walks a whole journey: data-step changes on each "next", the counter follows', async ({ page, ext }) => {
  await resetStorage(ext.serviceWorker);
  await openDemo(page, ext.extensionId);
  await page.getByTestId('demo-journey').selectOption(longest.id);
  const n = longest.steps.length;
  let previous = '';
  for (let i = 0; i < n; i++) {
    const s = longest.steps[i];
    await expect(host(page)).toHaveAttribute('data-step', s.step);
    await expect(host(page)).toHaveAttribute('data-portal', s.portal);
    await expect(host(page)).toHaveAttribute('data-journey', longest.id);
    await expect(page.getByTestId('ce-counter')).toHaveText(`Étape ${i + 1} sur ${n}`);
    await expect(page.getByTestId('ce-title')).not.toBeEmpty();
    await expect(page.getByTestId('demo-where')).toContainText(`Page ${i + 1} sur ${n}`);
    expect(s.step).not.toBe(previous);
    previous = s.step;
    if (i === 1) await shot(page, 'demo-presenter');
    if (i < n - 1) await page.getByTestId('demo-next').click();
  }
  await expect(page.getByTestId('demo-next')).toBeDisabled();
  // the simulated page is never a real navigation
  expect(frameUrl(page)).toBe('about:srcdoc');
  // previous: back one page, counter follows
  await page.getByTestId('demo-prev').click();
  await expect(host(page)).toHaveAttribute('data-step', longest.steps[n - 2].step);
  await expect(page.getByTestId('ce-counter')).toHaveText(`Étape ${n - 1} sur ${n}`);
  // keyboard (presenter remote): → next, ← previous
  await page.locator('body').press('ArrowRight');
  await expect(host(page)).toHaveAttribute('data-step', longest.steps[n - 1].step);
  await page.locator('body').press('ArrowLeft');
  await expect(host(page)).toHaveAttribute('data-step', longest.steps[n - 2].step);
});

test('the highlighted element leads on: clicking it shows the next page, with the target marked', async ({ page, ext }) => {
  await openDemo(page, ext.extensionId, `?journey=${longest.id}`);
  const frame = page.frameLocator('iframe.stage-iframe');
  for (let i = 0; i < 2; i++) {
    await expect(host(page)).toHaveAttribute('data-step', longest.steps[i].step);
    const target = frame.locator('[data-compagnon-target]');
    await expect(target).toHaveCount(1);
    // the ring is drawn over the frame, around the element
    const ring = await page.getByTestId('ce-ring').boundingBox();
    const tb = await target.boundingBox();
    expect(ring && tb && Math.abs(ring.x + 4 - tb.x) < 6 && Math.abs(ring.y + 4 - tb.y) < 6, 'ring on target').toBeTruthy();
    await target.click();
    await expect(host(page)).toHaveAttribute('data-step', longest.steps[i + 1].step);
  }
});

test('fake fields accept anything and never send it', async ({ page, ext }) => {
  const login = available.find((j) => j.id.endsWith('-login'))!;
  const at = login.steps.findIndex((s) => s.step === 'login');
  const requests: string[] = [];
  page.on('request', (r) => {
    if (/^https?:/.test(r.url())) requests.push(r.url());
  });
  await openDemo(page, ext.extensionId, `?journey=${login.id}`);
  for (let i = 0; i < at; i++) await page.getByTestId('demo-next').click();
  await expect(host(page)).toHaveAttribute('data-step', 'login');
  const frame = page.frameLocator('iframe.stage-iframe');
  const secret = 'Zq-demo-9876!';
  await frame.locator('input[type=password]').first().fill(secret);
  await frame.locator('input[name=username], #username').first().fill('jean.dupont');
  await expect(frame.locator('input[type=password]').first()).toHaveValue(secret);
  // a link that leads elsewhere: nothing happens but a message; the page (and what was typed) stays
  const other = frame.locator('a[href]:not([data-compagnon-target])').first();
  await other.click();
  await expect(page.getByTestId('demo-toast')).toContainText('Rien n');
  await shot(page, 'demo-blocked-toast');
  await expect(host(page)).toHaveAttribute('data-step', 'login');
  await expect(frame.locator('input[type=password]').first()).toHaveValue(secret);
  expect(frameUrl(page)).toBe('about:srcdoc');
  // Enter in the form "sends" it: the demo shows the next page; nothing leaves, nothing navigates
  await frame.locator('input[type=password]').first().press('Enter');
  await expect(host(page)).toHaveAttribute('data-step', login.steps[at + 1].step);
  expect(frameUrl(page)).toBe('about:srcdoc');
  await page.waitForTimeout(300);
  expect(requests).toEqual([]);
  // what was typed is nowhere: not in the demo page, its address, or the extension's storage
  expect(await page.content()).not.toContain(secret);
  expect(page.url()).not.toContain(secret);
  const stored = await ext.serviceWorker.evaluate(async () => {
    const c = (globalThis as any).chrome;
    return JSON.stringify([await c.storage.local.get(null), await c.storage.session.get(null)]);
  });
  expect(stored).not.toContain(secret);
  expect(stored).not.toContain('jean.dupont');
});

test('larger text: overlay and page bigger, the ring stays on its element', async ({ page, ext }) => {
  await openDemo(page, ext.extensionId, `?journey=${longest.id}`);
  await page.getByTestId('demo-next').click();
  await expect(host(page)).toHaveAttribute('data-step', longest.steps[1].step);
  const before = await page.getByTestId('ce-title').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await page.getByTestId('demo-large').click();
  await expect(page.getByTestId('demo-large')).toHaveAttribute('aria-pressed', 'true');
  await expect(host(page)).toHaveAttribute('data-large', '');
  const after = await page.getByTestId('ce-title').evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(after).toBeGreaterThan(before);
  const target = page.frameLocator('iframe.stage-iframe').locator('[data-compagnon-target]');
  await expect(async () => {
    const ring = await page.getByTestId('ce-ring').boundingBox();
    const tb = await target.boundingBox();
    expect(ring && tb && Math.abs(ring.x + 4 - tb.x) < 6 && Math.abs(ring.width - 8 - tb.width) < 6).toBeTruthy();
  }).toPass({ timeout: 4000 });
  await shot(page, 'demo-large');
  // stays on for the next page
  await page.getByTestId('demo-next').click();
  await expect(host(page)).toHaveAttribute('data-step', longest.steps[2].step);
  await expect(host(page)).toHaveAttribute('data-large', '');
});

test('"Imprimer le guide": one block per step with its picture and instructions, then print', async ({ page, ext }) => {
  await openDemo(page, ext.extensionId, `?journey=${longest.id}`);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', '');
  });
  await page.getByTestId('demo-print').click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', '', { timeout: 30_000 });
  const blocks = page.getByTestId('guide-step');
  await expect(blocks).toHaveCount(longest.steps.length);
  for (let i = 0; i < longest.steps.length; i++) {
    await expect(blocks.nth(i).locator('compagnon-ent')).toHaveAttribute('data-step', longest.steps[i].step);
    await expect(blocks.nth(i).locator('h2').first()).toContainText(`Étape ${i + 1} sur ${longest.steps.length}`);
    await expect(blocks.nth(i).locator('.g-text p').first()).not.toBeEmpty();
  }
  // print layout: presenter controls hidden, every block fits an A4 page (273 mm ≈ 1031 px)
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('guide-back')).toBeHidden();
  for (const b of await blocks.all()) expect((await b.boundingBox())!.height).toBeLessThan(1031);
  await page.setViewportSize({ width: 794, height: 1123 });
  await shot(page, 'demo-print');
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('guide-back').click();
  await expect(page.getByTestId('demo-stage')).toBeVisible();
});

test('popup links to the demonstration page', async ({ page, ext }) => {
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const link = page.locator('a[href$="/demo.html"]');
  await expect(link).toHaveCount(1);
  expect(new URL((await link.getAttribute('href'))!, page.url()).href).toBe(`chrome-extension://${ext.extensionId}/demo.html`);
});

test('demo page: no serious accessibility problem in its own controls (axe)', async ({ page, ext }) => {
  await openDemo(page, ext.extensionId, `?journey=${longest.id}`);
  await expect(host(page)).toHaveAttribute('data-step', longest.steps[0].step);
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  // the simulated page is a copy of a portal's page: only the demo's own UI is checked here
  const r = await new AxeBuilder({ page }).exclude('iframe.stage-iframe').analyze();
  const serious = r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

// Issue 19: one journey per letter; choosing it answers for the family, so the chooser's ring, text and
// counter follow that road and the card asks nothing.
test("the family's letter decides the Net O'Centre chooser's ring, text and counter", async ({ page, ext }) => {
  const cases = [
    { situation: 'first-ent', letter: "J'ai un courrier avec un identifiant ENT", tile: 'autres-publics', quote: 'Autre' },
    { situation: 'first-educonnect', letter: "J'ai un courrier EduConnect", tile: 'parentEleveEN-IdP', quote: 'ducation nationale' },
    { situation: 'everyday-ent', letter: "Je me connecte d'habitude avec mon compte ENT", tile: 'autres-publics', quote: 'Autre' },
    { situation: 'everyday-educonnect', letter: "Je me connecte d'habitude avec EduConnect", tile: 'parentEleveEN-IdP', quote: 'ducation nationale' },
    // a lost password: the family takes its usual profile, the card picks no tile
    { situation: 'lost', letter: "J'ai perdu mon mot de passe", tile: null, quote: '' },
  ];
  await openDemo(page, ext.extensionId);
  for (const c of cases) {
    const option = page.locator(`[data-testid=demo-journey] optgroup[label="Net O'Centre"] option[data-situation="${c.situation}"]`).first();
    await expect(option).toHaveText(c.letter);
    const id = (await option.getAttribute('value'))!;
    const journey = journeys.find((j) => j.id === id)!;
    await page.getByTestId('demo-journey').selectOption(id);
    await page.getByTestId('demo-next').click();
    await expect(host(page)).toHaveAttribute('data-step', 'profile-chooser');
    const target = page.frameLocator('iframe.stage-iframe').locator('[data-compagnon-target]');
    await expect(target).toHaveCount(1);
    const where = await target.evaluate((e) => `${e.id} ${e.className} ${e.getAttribute('href') ?? ''} ${e.closest('[id]')?.id ?? ''}`);
    if (c.tile) expect(where, c.letter).toContain(c.tile);
    else expect(where, c.letter).not.toMatch(/autres-publics|parentEleveEN-IdP/);
    // the card quotes the tile the ring is on, counts in this journey, and asks no question
    await expect(page.getByTestId('ce-panel')).toContainText(c.quote);
    await expect(page.getByTestId('ce-counter')).toHaveText(`Étape 2 sur ${journey.steps.length}`);
    await expect(host(page).locator('button[data-situation]')).toHaveCount(0);
    await shot(page, `sitpages-demo-${c.situation}`);
  }
});
