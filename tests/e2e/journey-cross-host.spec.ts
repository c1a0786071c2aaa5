/**
 * One journey across three hosts, following the pages' own links and forms (issue 4):
 * andre-chamson-le-vigan.mon-ent-occitanie.fr → cas.mon-ent-occitanie.fr (WAYF) → SAML auto-post →
 * educonnect.education.gouv.fr (browser check e1s1, login, activation, done) → SAML response → the
 * establishment (charter, contact and preferences, services).
 *
 * Fixture pages are served at their real URLs by the harness; the routes below play the servers' part for
 * what a fixture cannot show: the SAML auto-posts, the CAS/IdP redirects, and the answer to a submitted form.
 */
import type { Page, Route } from '@playwright/test';
import { fixtureByName } from '../support/fixtures.mjs';
import { expect, launchWithExtension, resetStorage, settled, shot, test } from './harness';

const html = (name: string) => fixtureByName(name).html as string;
const url = (name: string) => fixtureByName(name).url as string;
const SSO = 'https://educonnect.education.gouv.fr/idp/profile/SAML2/POST/SSO';
const ACS = 'https://cas.mon-ent-occitanie.fr/saml/SAMLAssertionConsumer';

const page200 = (route: Route, body: string) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
/**
 * A server redirect. (A 302 answered by route.fulfill is followed by Chromium without going through the
 * routes again, so the next page would not be served: the redirect is made by the page instead.)
 */
const redirect = (route: Route, to: string) =>
  page200(route, `<!doctype html><html><head><meta charset="utf-8"></head><body><script>location.replace(${JSON.stringify(to)})</script></body></html>`);
/** The page an IdP or SP sends to move the browser on: a form of hidden inputs posted at once by a script. */
const autoPost = (action: string, fields: Record<string, string>) =>
  `<!doctype html><html><head><meta charset="utf-8"></head><body onload="document.forms[0].submit()"><form method="post" action="${action}">${Object.entries(
    fields,
  )
    .map(([k, v]) => `<input type="hidden" name="${k}" value="${v}">`)
    .join('')}</form><noscript><button type="submit">Continuer</button></noscript></body></html>`;

/**
 * Start clean, with French chosen and the family's answer to the card's question kept (issue 19: the count is
 * the journey of that situation; with none known the card asks first and shows no count).
 */
async function reset(sw: Parameters<typeof resetStorage>[0], situation: Record<string, unknown> = {}) {
  await resetStorage(sw, { lang: 'fr' });
  await sw.evaluate(async (m) => {
    await (globalThis as any).chrome.storage.local.set({ situation: m, situation$: { v: 1 } });
  }, situation);
}

async function expectStep(page: Page, portal: string, step: string, counter: string, state?: string) {
  const host = page.locator('compagnon-ent');
  await expect(host).toHaveAttribute('data-portal', portal);
  await expect(host).toHaveAttribute('data-step', step);
  if (state) await expect(host).toHaveAttribute('data-state', state);
  else await expect(host).not.toHaveAttribute('data-state', /.*/);
  await expect(page.getByTestId('ce-counter')).toHaveText(counter);
}

test('Occitanie → CAS → EduConnect → Occitanie: one step count, « Vous venez de » on EduConnect', async ({ page, ext }) => {
  test.setTimeout(90_000);
  // The answer was given on the establishment's ENT: on EduConnect it is that portal's answer that counts.
  await reset(ext.serviceWorker, { 'mon-ent-occitanie': { situation: 'first-educonnect', academie: 'montpellier' } });
  const posted: string[] = [];

  // CAS: « Valider » with the EduConnect line → SAML request auto-posted to EduConnect.
  await page.route(/^https:\/\/cas\.mon-ent-occitanie\.fr\/login\?.*selection=MONT-EDU_parent_eleve/, (r) =>
    page200(r, autoPost(SSO, { SAMLRequest: 'PHNhbWxwOkF1dGhuUmVxdWVzdA==', RelayState: 'ss:mem:5f1c' })),
  );
  // EduConnect's SSO endpoint: the SAML request starts a flow with the browser check (e1s1), which submits
  // itself; the login posted with the letter's temporary password leads to the activation page; « Continuer »
  // after « Votre compte est créé » auto-posts the SAML response to the CAS, which sends the family home.
  await page.route(/^https:\/\/educonnect\.education\.gouv\.fr\/idp\/profile\/SAML2\/POST\/SSO/, (r) => {
    const exec = new URL(r.request().url()).searchParams.get('execution');
    const post = r.request().method() === 'POST';
    if (post && exec === null) return page200(r, html('educonnect/e1s1').replace('<body>', '<body onload="document.forms[0].submit()">'));
    if (post && exec === 'e1s3') {
      posted.push(r.request().postData() ?? '');
      return redirect(r, url('educonnect/activation'));
    }
    if (post && exec === 'e1s7') return page200(r, autoPost(ACS, { SAMLResponse: 'PHNhbWxwOlJlc3BvbnNl', RelayState: 'ss:mem:5f1c' }));
    return r.fallback();
  });
  await page.route(ACS, (r) => redirect(r, url('mon-ent-occitanie/charter')));

  // 1. Establishment home
  await page.goto(url('mon-ent-occitanie/home'));
  await expectStep(page, 'mon-ent-occitanie', 'home', 'Étape 1 sur 9');
  await expect(page.getByTestId('ce-origin')).toHaveCount(0);
  await page.locator('a.fo-connect__link').click();

  // 2. CAS chooser: the highlight follows the three sub-states
  await expectStep(page, 'mon-ent-occitanie', 'profile-chooser', 'Étape 2 sur 9');
  const toggle = page.locator('button.js-wayftoggle', { hasText: 'Élève ou parent' });
  await expect(toggle).toHaveAttribute('data-compagnon-target', '');
  await toggle.click();
  // The family's road and académie are known: the ring goes to that line itself (issue 19).
  await expect
    .poll(() => page.locator('[data-compagnon-target]').first().evaluate((e) => e.closest('li, label')?.textContent ?? e.textContent))
    .toMatch(/Montpellier.*EduConnect/s);
  await page.locator('label[for="idp-MONT-EDU_parent_eleve"]').click();
  await expect(page.locator('#button-submit')).toHaveAttribute('data-compagnon-target', '');
  await expectStep(page, 'mon-ent-occitanie', 'profile-chooser', 'Étape 2 sur 9');
  await page.locator('#button-submit').click();

  // 3. EduConnect login (after two auto-posts and the invisible browser check)
  await page.waitForURL(`${SSO}?execution=e1s2`);
  await expectStep(page, 'educonnect', 'login', 'Étape 3 sur 9');
  await expect(page.getByTestId('ce-origin')).toHaveText('Vous venez de mon ENT Occitanie.');
  await expect(page.locator('#bouton_responsable')).toHaveAttribute('data-compagnon-target', '');
  await page.locator('#bouton_responsable').click();
  await expect(page.locator('#username')).toHaveAttribute('data-compagnon-target', '');
  await page.locator('#username').fill('l.chamson7');
  await page.locator('#password').fill('Provisoire-42');
  await page.locator('#bouton_valider').click();

  // 4. Activation (identity check skipped: 5 of 9)
  await page.waitForURL(url('educonnect/activation'));
  await expectStep(page, 'educonnect', 'activation', 'Étape 5 sur 9');
  await expect(page.getByTestId('ce-origin')).toHaveText('Vous venez de mon ENT Occitanie.');
  await page.locator('#nouveauMotDePasse').fill('Soleil#2026');
  await page.locator('#confirmationMotDePasse').fill('Soleil#2026');
  await page.locator('#dateDeNaissance').fill('12/03/1984');
  await page.locator('#bouton_activer').click();

  // 5. « Votre compte est créé »
  await expectStep(page, 'educonnect', 'activation-done', 'Étape 6 sur 9');
  await expect(page.getByTestId('ce-origin')).toHaveText('Vous venez de mon ENT Occitanie.');
  await page.locator('#bouton_continuer').click();

  // 6. Back on the establishment: charter (SAML response + CAS redirect in between)
  await page.waitForURL(url('mon-ent-occitanie/charter'));
  await expectStep(page, 'mon-ent-occitanie', 'charter', 'Étape 7 sur 9');
  await expect(page.getByTestId('ce-origin')).toHaveCount(0);
  await expect(page.locator('label[for=accepteCharte]')).toHaveAttribute('data-compagnon-target', '');
  await page.locator('#accepteCharte').check();
  await expect(page.locator('#validerCharte')).toHaveAttribute('data-compagnon-target', '');
  await page.locator('#validerCharte').click();

  // 7. Contact et préférences
  await expectStep(page, 'mon-ent-occitanie', 'preferences', 'Étape 8 sur 9');
  await page.locator('#enregistrer').click();

  // 8. Services
  await expectStep(page, 'mon-ent-occitanie', 'services', 'Étape 9 sur 9');
  await expect(page.locator('a', { hasText: 'PRONOTE' })).toHaveAttribute('data-compagnon-target', '');

  // The login form was posted to EduConnect's (simulated) server, never to anything of ours.
  expect(posted.length).toBe(1);
});

test('ATEN account: wrong password is an error state of the same step; the count never goes back', async ({ page, ext }) => {
  test.setTimeout(60_000);
  await reset(ext.serviceWorker, { 'mon-ent-occitanie': { situation: 'first-ent', academie: 'montpellier' } });
  const LOGIN = /^https:\/\/cas\.mon-ent-occitanie\.fr\/login\?.*selection=MONT-ENT_parent_eleve/;
  let tries = 0;
  await page.route(LOGIN, (r) => {
    if (r.request().method() === 'GET') return page200(r, html('mon-ent-occitanie/login'));
    tries += 1;
    // first try: wrong password (the CAS re-renders the form with its error); second: logged in
    return tries === 1 ? page200(r, html('mon-ent-occitanie/login-error')) : redirect(r, url('mon-ent-occitanie/charter'));
  });

  await page.goto(url('mon-ent-occitanie/home'));
  await expectStep(page, 'mon-ent-occitanie', 'home', 'Étape 1 sur 6');
  await page.locator('a.fo-connect__link').click();
  await expectStep(page, 'mon-ent-occitanie', 'profile-chooser', 'Étape 2 sur 6');
  await page.locator('button.js-wayftoggle', { hasText: 'Élève ou parent' }).click();
  await page.locator('label[for="idp-MONT-ENT_parent_eleve"]').click();
  await page.locator('#button-submit').click();

  await expectStep(page, 'mon-ent-occitanie', 'login', 'Étape 3 sur 6');
  await expect(page.locator('#username')).toHaveAttribute('data-compagnon-target', '');
  await page.locator('#username').fill('achamson');
  await page.locator('#password').fill('mauvais');
  await page.locator('#button-submit').click();

  await expectStep(page, 'mon-ent-occitanie', 'login', 'Étape 3 sur 6', 'error');
  await expect(page.getByTestId('ce-title')).toHaveText("La connexion n'a pas marché");
  await expect(page.locator('#password')).toHaveAttribute('data-compagnon-target', '');
  await page.locator('#password').fill('le-bon');
  await page.locator('#button-submit').click();

  await expectStep(page, 'mon-ent-occitanie', 'charter', 'Étape 4 sur 6');
  // a redirect through the chooser (session expired) holds the position
  await page.goto(url('mon-ent-occitanie/profile-chooser-closed'));
  await expectStep(page, 'mon-ent-occitanie', 'profile-chooser', 'Étape 4 sur 6');
});

test('EduConnect opened directly (no origin): its own journey, no « Vous venez de »', async ({ page, ext }) => {
  await reset(ext.serviceWorker, { educonnect: { situation: 'first-educonnect' } });
  await page.goto(url('educonnect/login'));
  await expectStep(page, 'educonnect', 'login', 'Étape 1 sur 5');
  await expect(page.getByTestId('ce-origin')).toHaveCount(0);
  await page.goto(url('educonnect/login-error'));
  await expectStep(page, 'educonnect', 'login', 'Étape 1 sur 5', 'error');
  await expect(page.getByTestId('ce-title')).toHaveText("La connexion à EduConnect n'a pas marché");
});

test('screenshots: Occitanie chooser in each sub-state, EduConnect login and its error', async ({ page, ext }) => {
  await reset(ext.serviceWorker);
  for (const sub of ['closed', 'open', 'checked']) {
    await page.goto(url(`mon-ent-occitanie/profile-chooser-${sub}`));
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
    await expect(page.getByTestId('ce-ring')).toBeVisible();
    await settled(page);
    await shot(page, `occitanie-profile-chooser-${sub}`);
  }
  await page.goto(url('mon-ent-occitanie/profile-chooser-skolengo'));
  await expect(page.locator('#idp-MONT-EDU_parent_eleve')).toHaveCount(1);
  await page.locator('button', { hasText: 'Élève ou parent' }).click();
  await expect(page.locator('[role=radiogroup]')).toHaveAttribute('data-compagnon-target', '');
  await shot(page, 'occitanie-profile-chooser-skolengo-open');
  for (const name of ['login', 'login-error']) {
    await page.goto(url(`educonnect/${name}`));
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'login');
    await expect(page.getByTestId('ce-ring')).toBeVisible();
    await settled(page);
    await shot(page, `educonnect-${name}`);
  }
  for (const name of ['educonnect/activation', 'mon-ent-occitanie/charter', 'mon-ent-occitanie/services']) {
    await page.goto(url(name));
    await expect(page.getByTestId('ce-panel')).toBeVisible();
    await settled(page);
    await shot(page, name.replace('/', '-'));
  }
});

test('phone 360 px: the Occitanie chooser sub-states stay visible above the help sheet', async () => {
  test.setTimeout(60_000);
  const phone = await launchWithExtension({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  try {
    await reset(phone.serviceWorker);
    const page = await phone.context.newPage();
    await page.goto(url('mon-ent-occitanie/profile-chooser-closed'));
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
    const sheet = page.getByTestId('ce-panel');
    await expect(sheet).toBeVisible();
    for (const [action, sel] of [
      [null, 'button.js-wayftoggle[aria-controls="choices-parent"]'],
      ['button.js-wayftoggle[aria-controls="choices-parent"]', '#choices-parent ul.list-radio'],
      ['label[for="idp-MONT-EDU_parent_eleve"]', '#button-submit'],
    ] as const) {
      if (action) await page.locator(action).tap();
      const target = page.locator(sel);
      await expect(target).toHaveAttribute('data-compagnon-target', '');
      await settled(page); // smooth scroll to the target
      const tb = (await target.boundingBox())!;
      const sb = (await sheet.boundingBox())!;
      const vh = await page.evaluate(() => innerHeight);
      expect(tb.y >= 0 && tb.y + tb.height <= vh, `${sel} in view`).toBe(true);
      expect(tb.y + tb.height <= sb.y || tb.y >= sb.y + sb.height, `${sel} not under the sheet`).toBe(true);
      await shot(page, `phone-occitanie-chooser-${sel.includes('submit') ? 'checked' : sel.includes('list') ? 'open' : 'closed'}`);
    }
  } finally {
    await phone.close();
  }
});
