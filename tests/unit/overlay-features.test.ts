/**
 * Which recognitions each overlay feature applies to (`applies`, asked once per recognition), on the real
 * fixture pages at their real addresses: remembered choices on the choosers only, password help (Caps Lock
 * on any password field) and the school's support contact on every recognised step.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeatureContext } from '@/overlay/feature';
import { passwordFeature } from '@/overlay/features/password';
import { rememberFeature } from '@/overlay/features/remember';
import { managedStore } from '@/overlay/features/remember-store';
import { supportFeature } from '@/overlay/features/support';
import { PORTALS } from '@/utils/portals';
import { recognize } from '@/utils/recognize';
import { fixtureByName, loadFixtures } from '../support/fixtures.mjs';

type Fixture = ReturnType<typeof fixtureByName>;

const START_URL = location.href;
/** happy-dom's way to give the test document an address (the fixture's real one). */
const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

/** The fixture's page in the test document, at the address it is served from; its recognition. */
function contextOf(f: Fixture): FeatureContext {
  setURL(f.url);
  document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(f.html)?.[1] ?? '';
  const rec = recognize(f.url, document, PORTALS);
  expect(rec, f.name).not.toBeNull();
  return { rec: rec!, doc: document };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  setURL(START_URL);
});

/** The main fixtures (not the red-team variants) whose page asks the family to pick a profile. */
const CHOOSERS = [
  'educonnect/login.html',
  'educonnect/login-error.html',
  'educonnect/login-captcha.html',
  'educonnect/login-maintenance.html',
  'mon-ent-occitanie/profile-chooser-checked.html',
  'mon-ent-occitanie/profile-chooser-closed.html',
  'mon-ent-occitanie/profile-chooser-open.html',
  'mon-ent-occitanie/profile-chooser-skolengo.html',
  'netocentre/profile-chooser-legacy.html',
  'netocentre/profile-chooser-rwayf.html',
  'touraine-eschool/profile-chooser-legacy.html',
];

const recognised = loadFixtures().filter((f) => f.expect);
const main = recognised.filter((f) => !f.name.startsWith('variants/'));

describe('remembered choices apply', () => {
  it('on the profile choosers, and on no other step', () => {
    const applying = main.filter((f) => rememberFeature.applies(contextOf(f))).map((f) => f.name);
    expect(applying.sort()).toEqual([...CHOOSERS].sort());
  });

  it('on the red-team variants only where the recognised step is a chooser', () => {
    for (const f of recognised) {
      const ctx = contextOf(f);
      expect(rememberFeature.applies(ctx), f.name).toBe(!!ctx.rec.stepDef.choices);
    }
  });

  it('not when the page has no web address to remember the establishment by', () => {
    const ctx = contextOf(fixtureByName('netocentre/profile-chooser-legacy'));
    expect(rememberFeature.applies(ctx)).toBe(true);
    // The same chooser in a frame without an address of its own
    setURL('about:blank');
    expect(rememberFeature.applies(ctx)).toBe(false);
  });

  it('the offer leads the card and the recorder is on the page layer; no panel of its own', () => {
    expect(rememberFeature.lead).toBeTypeOf('function');
    expect(rememberFeature.layer).toBeTypeOf('function');
    expect(rememberFeature.panel).toBeUndefined();
  });
});

describe('password help applies', () => {
  it('on every recognised step: the Caps Lock warning goes next to any password field', () => {
    for (const f of recognised) expect(passwordFeature.applies(contextOf(f)), f.name).toBe(true);
  });

  it('including the login pages and the new-password steps', () => {
    for (const name of ['netocentre/login-new', 'educonnect/login', 'netocentre/activation-password', 'educonnect/activation']) {
      expect(passwordFeature.applies(contextOf(fixtureByName(name))), name).toBe(true);
    }
  });
});

describe("the school's support contact applies", () => {
  it('on every recognised step (the policy, read later, says whether there is one and for which portal)', () => {
    for (const f of recognised) expect(supportFeature.applies(contextOf(f)), f.name).toBe(true);
  });

  it('in the card, under the help', () => {
    expect(supportFeature.panel).toBeTypeOf('function');
    expect(supportFeature.lead).toBeUndefined();
    expect(supportFeature.layer).toBeUndefined();
  });

  const SUPPORT = { name: 'Vie scolaire', phone: '02 38 00 00 00' };
  async function card(name: string, policy: object) {
    vi.spyOn(managedStore, 'load').mockResolvedValue(policy);
    const ctx = contextOf(fixtureByName(name));
    const ui = document.createElement('div');
    document.body.append(ui);
    await act(async () => render(supportFeature.panel!(ctx), ui));
    // the policy's answer, then the render it causes
    await act(async () => void (await managedStore.load()));
    const shown = ui.querySelector('[data-testid="support-contact"]')?.textContent ?? null;
    render(null, ui);
    return shown;
  }

  it('shows the contact on the steps of the portal the school named, or of any portal when it named none', async () => {
    expect(await card('netocentre/login-new', { portal: 'netocentre', support: SUPPORT })).toContain('Vie scolaire');
    expect(await card('educonnect/login', { support: SUPPORT })).toContain('02 38 00 00 00');
  });

  it('shows nothing on another portal, nor without a contact', async () => {
    expect(await card('educonnect/login', { portal: 'netocentre', support: SUPPORT })).toBeNull();
    expect(await card('netocentre/login-new', { portal: 'netocentre' })).toBeNull();
  });
});
