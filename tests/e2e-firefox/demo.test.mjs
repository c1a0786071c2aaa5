// Demonstration page in Firefox ESR: the real overlay runs on the simulated pages and follows
// "Étape suivante" / "Étape précédente".
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadFixtures } from '../support/fixtures.mjs';
import { extensionPage, fileBrowser, waitInCard } from './harness.mjs';

const browser = fileBrowser();
// the wait is repeated when it began on the blank page the navigation replaced (harness `extensionPage`)
const demoPage = () => extensionPage(browser(), 'demo.html', () => !!window.compagnonDemo);

const fixtures = loadFixtures();
const hasPage = (s) => fixtures.some((f) => f.expect?.portal === s.portal && f.expect.step === s.step && !f.state);

async function stepIs(page, step, timeout = 10_000) {
  await page.waitForFunction(
    (s) => document.querySelector('compagnon-ent')?.getAttribute('data-step') === s,
    { timeout, polling: 100 },
    step,
  );
}

test('firefox: demo page walks a journey with next / previous', async () => {
  const page = await demoPage();
  try {
    const plan = await page.evaluate(() => window.compagnonDemo.plan());
    // the page lists the journeys it can show exactly when all their pages exist among the fixtures
    for (const j of plan) assert.equal(j.available, j.steps.every(hasPage), j.id);
    const journey = plan.filter((j) => j.available).sort((a, b) => b.steps.length - a.steps.length)[0];
    assert.ok(journey, 'at least one journey has all its pages');
    await page.select('[data-testid="demo-journey"]', journey.id);
    const steps = journey.steps.map((s) => s.step);
    await stepIs(page, steps[0]);
    for (let i = 1; i < steps.length; i++) {
      await (await page.$('[data-testid="demo-next"]')).click();
      await stepIs(page, steps[i]);
      assert.notEqual(steps[i], steps[i - 1], 'data-step changes on "next"');
    }
    const counter = await waitInCard(page, '[data-testid="ce-counter"]', 5000);
    assert.equal(await counter.evaluate((e) => e.textContent), `Étape ${steps.length} sur ${steps.length}`);
    await (await page.$('[data-testid="demo-prev"]')).click();
    await stepIs(page, steps.at(-2));
    // the simulated page is a sandboxed frame, never a real navigation; the highlight is in it
    const frame = await page.$eval('iframe.stage-iframe', (f) => ({
      href: f.contentWindow.location.href,
      target: !!f.contentDocument.querySelector('[data-compagnon-target]'),
    }));
    assert.deepEqual(frame, { href: 'about:srcdoc', target: true });
  } finally {
    await page.close();
  }
});

// Issue 19: choosing a journey answers for the family (its letter): the chooser's ring follows that road.
test("firefox: demo — the family's letter decides the Net O'Centre chooser's ring", async () => {
  const page = await demoPage();
  try {
    for (const [situation, tile] of [
      ['first-ent', 'autres-publics'],
      ['first-educonnect', 'parentEleveEN-IdP'],
    ]) {
      const id = await page.$eval(
        `[data-testid="demo-journey"] optgroup[label="Net O'Centre"] option[data-situation="${situation}"]`,
        (o) => o.value,
      );
      await page.select('[data-testid="demo-journey"]', id);
      await stepIs(page, 'home');
      await (await page.$('[data-testid="demo-next"]')).click();
      await stepIs(page, 'profile-chooser');
      // the ring's element, searched in open shadow roots too (the `r-wayf` tiles live in one)
      const handle = await page.waitForFunction(
        () => {
          const find = (root) => {
            const hit = root.querySelector('[data-compagnon-target]');
            if (hit) return hit;
            for (const el of root.querySelectorAll('*')) {
              const inner = el.shadowRoot && find(el.shadowRoot);
              if (inner) return inner;
            }
            return null;
          };
          const doc = document.querySelector('iframe.stage-iframe')?.contentDocument;
          const e = doc && find(doc);
          return e ? `${e.id} ${e.className} ${e.getAttribute('href') ?? ''} ${e.closest('[id]')?.id ?? ''}` : '';
        },
        { timeout: 8000, polling: 100 },
      );
      assert.match(await handle.jsonValue(), new RegExp(tile), situation);
      const asked = await page.$$('pierce/compagnon-ent button[data-situation]');
      assert.equal(asked.length, 0, `${situation}: no question`);
    }
  } finally {
    await page.close();
  }
});
