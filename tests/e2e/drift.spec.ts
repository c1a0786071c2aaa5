/**
 * Pages that change after load (the built extension in Chromium): late rendering, SPA content swaps without a
 * URL change, a page that stops being a step, and history.pushState to a new path. The pages are the fixture
 * pages' own content, served at real URLs and re-rendered by a script or by the test, as the real sites do
 * (EduConnect toggles panels in place, cerbere2 posts back to the previous URL, RECIA's r-wayf renders late).
 */
import type { Page } from '@playwright/test';
import { fixtureByName } from '../support/fixtures.mjs';
import { expect, expectNoOverlay, resetStorage, shot, test } from './harness';

/** The <body> inner HTML of a fixture page (scripts left out: the test drives the page). */
function bodyOf(name: string): string {
  const html = fixtureByName(name).html;
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  return body.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
}

/** The <head> of a fixture page (title and styles), so the re-rendered page looks like the real one. */
function headOf(name: string): string {
  return /<head[^>]*>([\s\S]*)<\/head>/i.exec(fixtureByName(name).html)?.[1] ?? '';
}

/** Serve `html` at `url` for this page only (page routes take precedence over the harness' fixture routes). */
async function serve(page: Page, url: string, html: string) {
  await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

const SPINNER = '<div class="spinner" role="progressbar" aria-label="Chargement" style="margin:80px auto;width:40px;height:40px;border:4px solid #ddd;border-top-color:#000091;border-radius:50%"></div>';

/** Replace the page's body content in place (no navigation, no URL change). */
async function swapBody(page: Page, html: string) {
  await page.evaluate((h) => {
    document.body.innerHTML = h;
  }, html);
}

test.describe('drift: pages that change after load', () => {
  // The page renders its step late (after load, when its own scripts have run). When it does is left to the
  // test, not to a timer: on a loaded machine a 2 s timer and a 1.2 s wait raced each other.
  test('(a) the step renders after load → <compagnon-ent data-step> appears', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    const url = 'https://educonnect.education.gouv.fr/idp/profile/SAML2/POST/SSO?execution=e9s2&drift=late';
    const content = JSON.stringify(bodyOf('educonnect/login'));
    await serve(
      page,
      url,
      `<!doctype html><html lang="fr"><head>${headOf('educonnect/login')}</head><body>${SPINNER}
<script>window.renderLate = function () { document.body.innerHTML = ${content}; };</script></body></html>`,
    );
    await page.goto(url);
    const host = page.locator('compagnon-ent');
    // While the spinner shows, the page is not a step (watched through the entry's looks after load).
    await expectNoOverlay(page);
    await page.evaluate(() => (window as unknown as { renderLate(): void }).renderLate());
    await expect(host).toHaveAttribute('data-step', 'login', { timeout: 8000 });
    await expect(host).toHaveAttribute('data-portal', 'educonnect');
    await expect(page.getByTestId('ce-panel')).toBeVisible();
    await shot(page, 'drift-a-late-render-educonnect-login');
  });

  test('(a′) a late chooser that renders without any mutation of the light DOM (shadow root, 2 s)', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    const url = 'https://ent.netocentre.fr/cas/login?service=https%3A%2F%2Flycees.netocentre.fr%2Fportail%2FLogin&drift=shadow';
    await serve(
      page,
      url,
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Connexion</title></head><body><main><div id="app"></div></main>
<script>setTimeout(function () {
  var root = document.getElementById('app').attachShadow({ mode: 'open' });
  root.innerHTML = '<h1>Bienvenue dans votre ENT !</h1><ul>' +
    '<li><a id="parentEleveEN-IdP" href="/cas/login?service=x&idpId=parentEleveEN-IdP">Élèves ou parent (éducation nationale)</a></li>' +
    '<li><a id="catel-IdP" href="/cas/login?service=x&idpId=catel-IdP">Personnel (éducation nationale)</a></li>' +
    '<li><a id="autres-publics" href="/cas/login?service=x&idpId=autres-publics">Autre public</a></li></ul>';
}, 2000);</script></body></html>`,
    );
    await page.goto(url);
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser', { timeout: 9000 });
  });

  // The entry watches a page that is no step for what each possible step lacks (utils/mutation-filter.ts
  // `stepsWatched`). Here the preferences step first lacks its heading, then its button: each stage is one
  // mutation, and the second only counts if the pass after the first looked at what the step lacks now. A
  // missed stage would wait for the sweep (8 s at the soonest). The page shows no sign of a logged-in portal
  // (that would be the portal's home, a step the overlay watches).
  test('(a″) Occitanie « Contact et préférences » in two stages: the heading, then its button as a link', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    const url = 'https://andre-chamson-le-vigan.mon-ent-occitanie.fr/sg.do?PROC=PAGE_ACCUEIL&ACTION=VALIDER_CHARTE&drift=staged';
    const widgets = Array.from({ length: 6 }, (_, i) => `<section class="widget"><h3>Actualités ${i}</h3><ul><li><a href="#n${i}">Sortie ${i}</a></li></ul></section>`).join('');
    await serve(
      page,
      url,
      `<!doctype html><html lang="fr"><head>${headOf('mon-ent-occitanie/preferences')}</head><body>
<div class="bo-top"><span class="etab">CITE SCOLAIRE ANDRE CHAMSON</span><a href="/sg.do?PROC=MESSAGERIE">Messagerie</a></div>
<main class="bo-content" id="main">${widgets}</main></body></html>`,
    );
    await page.goto(url);
    const host = page.locator('compagnon-ent');
    await expectNoOverlay(page);
    // Past the entry's looks after load: from here only the mutations below ask for a pass.
    await page.waitForTimeout(1500);
    await page.evaluate(() =>
      document.getElementById('main')!.insertAdjacentHTML(
        'afterbegin',
        '<ol class="steps-bar"><li>1 Charte d\'utilisation</li><li class="current">2 Contact et préférences</li></ol>' +
          '<div class="box" id="box"><h2>Informations de contact et préférences</h2><p>Veuillez vérifier vos coordonnées.</p></div>',
      ),
    );
    // Not the step yet: no button.
    await page.waitForTimeout(1500);
    await expect(host).toHaveCount(0);
    await page.evaluate(() =>
      document.getElementById('box')!.insertAdjacentHTML('beforeend', '<p><a class="btn" href="#save">Enregistrer mes informations</a></p>'),
    );
    await expect(host).toHaveAttribute('data-step', 'preferences', { timeout: 5000 });
    await expect(host).toHaveAttribute('data-portal', 'mon-ent-occitanie');
  });

  test('(b) SPA content swap without URL change → data-step follows; (c) no longer a step → host removed', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    const url = 'https://educonnect.education.gouv.fr/idp/profile/SAML2/POST/SSO?execution=e9s3&drift=swap';
    await serve(page, url, `<!doctype html><html lang="fr"><head>${headOf('educonnect/login')}</head><body>${bodyOf('educonnect/login')}</body></html>`);
    await page.goto(url);
    const host = page.locator('compagnon-ent');
    await expect(host).toHaveAttribute('data-step', 'login');

    await swapBody(page, bodyOf('educonnect/identity-check'));
    await expect(host).toHaveAttribute('data-step', 'identity-check');
    await expect(page.locator('#jour')).toHaveAttribute('data-compagnon-target', '');
    expect(page.url()).toBe(url);
    await shot(page, 'drift-b-spa-swap-identity-check');

    await swapBody(page, bodyOf('educonnect/activation'));
    await expect(host).toHaveAttribute('data-step', 'activation');

    // (c) The page stops being a step: a logout message replaces the content.
    await swapBody(page, '<main class="fr-container"><h1>Vous êtes déconnecté</h1><p>Votre session est terminée.</p></main>');
    await expect(host).toHaveCount(0);
    await expect(page.locator('[data-compagnon-target]')).toHaveCount(0);

    // And back: the content of a step again brings the overlay back.
    await swapBody(page, bodyOf('educonnect/activation-done'));
    await expect(host).toHaveAttribute('data-step', 'activation-done');
  });

  test('(c) on the RECIA CAS: the login form replaced by the chooser, then by a logout page', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    const url = 'https://ent.netocentre.fr/cas/login?service=https%3A%2F%2Flycees.netocentre.fr%2Fportail%2FLogin&drift=cas';
    await serve(page, url, `<!doctype html><html lang="fr"><head>${headOf('netocentre/login-new')}</head><body>${bodyOf('netocentre/login-new')}</body></html>`);
    await page.goto(url);
    const host = page.locator('compagnon-ent');
    await expect(host).toHaveAttribute('data-step', 'login');
    await swapBody(page, bodyOf('netocentre/profile-chooser-legacy'));
    await expect(host).toHaveAttribute('data-step', 'profile-chooser');
    await swapBody(page, bodyOf('variants/negative/recia-cas-logout'));
    await expect(host).toHaveCount(0);
  });

  test('(d) history.pushState to a new path (no DOM change) → the step of the new path', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    // The activation page's content under a portal path is no step (cerbere2 steps live under /cerbere2/);
    // the page then moves to /cerbere2/ with pushState only, as an SPA router does.
    const url = 'https://lycees.netocentre.fr/portail/p/redirect-activation';
    await serve(page, url, `<!doctype html><html lang="fr"><head>${headOf('netocentre/activation-login')}</head><body>${bodyOf('netocentre/activation-login')}</body></html>`);
    await page.goto(url);
    const host = page.locator('compagnon-ent');
    await page.waitForTimeout(900);
    await expect(host).toHaveCount(0);
    await page.evaluate(() => history.pushState({}, '', '/cerbere2/'));
    await expect(host).toHaveAttribute('data-step', 'activation-login');
    await expect(host).toHaveAttribute('data-portal', 'netocentre');
    await shot(page, 'drift-d-pushstate-activation-login');

    // pushState again, to a path where this content is no step any more: the overlay goes.
    await page.evaluate(() => history.pushState({}, '', '/portail/p/aide'));
    await expect(host).toHaveCount(0);
    // Back (popstate) to the step's path: the overlay comes back.
    await page.goBack();
    await expect(host).toHaveAttribute('data-step', 'activation-login');
  });

  test('(d′) Occitanie: pushState from the portal home to the mail page hides the overlay, back shows it', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    const f = fixtureByName('mon-ent-occitanie/services');
    await page.goto(f.url);
    const host = page.locator('compagnon-ent');
    await expect(host).toHaveAttribute('data-step', 'services');
    await page.evaluate(() => history.pushState({}, '', '/sg.do?PROC=MESSAGERIE'));
    await expect(host).toHaveCount(0);
    await page.goBack();
    await expect(host).toHaveAttribute('data-step', 'services');
  });
});

test.describe('drift: variant pages a redesign could serve', () => {
  const at = (name: string) => fixtureByName(name).url;

  test('Skolengo cards chooser (classes renamed, radios not rendered yet): the « Élève ou parent » card is highlighted', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    await page.goto(at('variants/mon-ent-occitanie/profile-chooser-skolengo-cards'));
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'profile-chooser');
    await expect(page.locator('[data-compagnon-target]')).toHaveText(/Élève ou parent/);
    await shot(page, 'drift-variant-skolengo-cards');
  });

  test('CAS 6 chooser with POST idpId buttons and no service parameter: Touraine e-school, « Élèves ou parent » highlighted', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    // The EduConnect road (with no road known the ring picks no tile: situation.spec.ts).
    await ext.serviceWorker.evaluate(() =>
      (globalThis as any).chrome.storage.local.set({ situation: { 'touraine-eschool': { situation: 'everyday-educonnect' } }, situation$: { v: 1 } }),
    );
    await page.goto(at('variants/touraine-eschool/profile-chooser-post-buttons'));
    const host = page.locator('compagnon-ent');
    await expect(host).toHaveAttribute('data-step', 'profile-chooser');
    await expect(host).toHaveAttribute('data-portal', 'touraine-eschool');
    await expect(page.locator('[data-compagnon-target]')).toHaveAttribute('value', 'parentEleveEN-IdP');
    await shot(page, 'drift-variant-cas6-post-buttons');
  });

  test('EduConnect forced password change: the checklist follows the new password, not the current one', async ({ page, ext }) => {
    await resetStorage(ext.serviceWorker);
    await page.goto(at('variants/educonnect/activation-forced-change'));
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-step', 'activation');
    await expect(page.locator('compagnon-ent')).toHaveAttribute('data-state', 'password-change');
    await expect(page.getByTestId('ce-title')).toContainText('Changez votre mot de passe');
    await expect(page.locator('#new1')).toHaveAttribute('data-compagnon-target', '');
    await expect(page.locator('#old')).not.toHaveAttribute('data-compagnon-target', '');
    await page.locator('#new1').fill('Soleil!2024');
    await expect(page.getByTestId('password-checklist')).toBeVisible();
    await shot(page, 'drift-variant-educonnect-forced-change');
  });
});
