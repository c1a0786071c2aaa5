/**
 * The password feature on a real fixture page (happy-dom): attributes set on the new-password fields only,
 * the checklist follows `input` events, announcements happen only when a rule changes state, the
 * confirmation line appears once the confirmation is typed, the proposal fills both fields through
 * `input`/`change` events the page sees, the Caps Lock warning — and nothing reaches extension storage.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fillInput, passwordFeature } from '@/overlay/features/password';
import { PORTALS } from '@/utils/portals';
import { recognize } from '@/utils/recognize';
import { fixtureByName } from '../support/fixtures.mjs';

const MARKER = 'Marqueur5!Lune';

async function mount(name: string) {
  const f = fixtureByName(name);
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(f.html)![1];
  document.body.innerHTML = body;
  const rec = recognize(f.url, document, PORTALS)!;
  expect(rec?.step).toBe(f.expect!.step);
  const ui = document.createElement('div');
  ui.id = 'ui';
  document.body.append(ui);
  await act(async () => {
    render(passwordFeature.layer!({ rec, doc: document }), ui);
  });
  return { rec, ui };
}

async function type(el: HTMLInputElement, text: string) {
  for (const ch of text) {
    await act(async () => {
      el.value += ch;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
}

/** A key event with Caps Lock on or off (happy-dom does not model the Caps Lock modifier). */
function capsKey(type: string, on: boolean): KeyboardEvent {
  const ev = new KeyboardEvent(type, { key: on ? 'A' : 'a', bubbles: true });
  Object.defineProperty(ev, 'getModifierState', { value: (k: string) => on && k === 'CapsLock' });
  return ev;
}

const met = (ui: HTMLElement, id: string) => ui.querySelector(`li[data-rule="${id}"]`)?.getAttribute('data-met');

afterEach(() => {
  render(null, document.getElementById('ui') ?? document.body);
  document.body.innerHTML = '';
});

describe('password feature on netocentre/activation-password', () => {
  it('sets passwordrules and autocomplete on the two new-password fields', async () => {
    await mount('netocentre/activation-password');
    const [a, b] = document.querySelectorAll('input[type=password]');
    for (const el of [a, b]) {
      expect(el.getAttribute('passwordrules')).toMatch(/^minlength: 8; allowed: upper, lower, digit, \[-/);
      expect(el.getAttribute('autocomplete')).toBe('new-password');
    }
  });

  it('follows typing, announces only changes of state, then the confirmation', async () => {
    const { ui } = await mount('netocentre/activation-password');
    const [a, b] = document.querySelectorAll<HTMLInputElement>('input[type=password]');
    const status = ui.querySelector('.ce-pw [role=status]')!;
    expect(status.textContent).toBe('');
    expect(met(ui, 'length')).toBe('false');
    await type(a, 'a');
    expect(met(ui, 'lower')).toBe('true');
    expect(status.textContent).toContain('minuscule');
    // another lower-case letter changes no rule: nothing is announced again
    const changes: MutationRecord[] = [];
    const mo = new MutationObserver((r) => changes.push(...r));
    mo.observe(status, { childList: true, subtree: true, characterData: true });
    await type(a, 'b');
    await new Promise((r) => setTimeout(r, 0));
    expect(changes).toEqual([]);
    await type(a, 'C4def!');
    mo.disconnect();
    expect(status.textContent).toContain('8 caractères');
    for (const id of ['length', 'upper', 'lower', 'digit', 'special', 'chars']) expect(met(ui, id), id).toBe('true');
    expect(a.value).toBe('abC4def!'); // what the user typed is untouched

    expect(ui.querySelector('[data-testid=password-match]')).toBeNull();
    await type(b, 'abC');
    expect(ui.querySelector('[data-testid=password-match]')!.getAttribute('data-match')).toBe('false');
    await type(b, '4def!');
    expect(ui.querySelector('[data-testid=password-match]')!.getAttribute('data-match')).toBe('true');
    expect(status.textContent).toContain('identiques');
  });

  it('explains a refused or advised-against character with what to type instead', async () => {
    const { ui } = await mount('netocentre/activation-password');
    const [a] = document.querySelectorAll<HTMLInputElement>('input[type=password]');
    await type(a, 'Ecole été');
    expect(met(ui, 'chars')).toBe('false');
    const text = ui.querySelector('[data-testid=password-problems]')!.textContent!;
    expect(text).toContain('Évitez les espaces');
    expect(text).toContain('« é »');
  });

  it('proposes a password and fills both fields through events the page sees', async () => {
    const { ui } = await mount('netocentre/activation-password');
    const [a, b] = document.querySelectorAll<HTMLInputElement>('input[type=password]');
    const seen: string[] = [];
    for (const el of [a, b]) for (const type of ['input', 'change']) el.addEventListener(type, () => seen.push(`${el.id}:${type}`));
    await type(a, MARKER);
    seen.length = 0;
    await act(async () => (ui.querySelector('[data-testid=password-generate]') as HTMLButtonElement).click());
    const proposal = ui.querySelector('[data-testid=password-proposal]')!.textContent!;
    expect(proposal.length).toBeGreaterThanOrEqual(12);
    await act(async () => (ui.querySelector('[data-testid=password-fill]') as HTMLButtonElement).click());
    expect(a.value).toBe(proposal);
    expect(b.value).toBe(proposal);
    expect(seen).toEqual([`${a.id}:input`, `${a.id}:change`, `${b.id}:input`, `${b.id}:change`]);
    for (const id of ['length', 'upper', 'lower', 'digit', 'special', 'chars']) expect(met(ui, id), id).toBe('true');
    expect(ui.querySelector('[data-testid=password-match]')!.getAttribute('data-match')).toBe('true');
    // never stored: every storage area of the (fake) extension is free of both passwords
    const dump = JSON.stringify([await fakeBrowser.storage.local.get(null), await fakeBrowser.storage.sync.get(null)]);
    expect(dump).not.toContain(MARKER);
    expect(dump).not.toContain(proposal);
  });

  it('warns about Caps Lock on a focused password field only', async () => {
    const { ui } = await mount('netocentre/activation-password');
    const [a] = document.querySelectorAll<HTMLInputElement>('input[type=password]');
    await act(async () => {
      a.dispatchEvent(capsKey('keydown', true));
    });
    expect(ui.querySelector('[data-testid=caps-lock-warning]')?.textContent).toMatch(/Verr\.\s*Maj/);
    await act(async () => {
      a.dispatchEvent(capsKey('keyup', false));
    });
    expect(ui.querySelector('[data-testid=caps-lock-warning]')).toBeNull();
  });
});

describe('password feature elsewhere', () => {
  it('leaves login fields alone (no checklist, no attributes) but still warns about Caps Lock', async () => {
    const { ui } = await mount('netocentre/login-new');
    const pw = document.querySelector<HTMLInputElement>('#password')!;
    expect(ui.querySelector('[data-testid=password-checklist]')).toBeNull();
    expect(pw.hasAttribute('passwordrules')).toBe(false);
    await act(async () => {
      pw.dispatchEvent(capsKey('keydown', true));
    });
    expect(ui.querySelector('[data-testid=caps-lock-warning]')).not.toBeNull();
    // not on a text field
    await act(async () => {
      pw.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      document.querySelector('#username')!.dispatchEvent(capsKey('keydown', true));
    });
    expect(ui.querySelector('[data-testid=caps-lock-warning]')).toBeNull();
  });

  it('fillInput uses the native setter even when the page overrides the value property', () => {
    document.body.innerHTML = '<input id="x" type="password">';
    const el = document.getElementById('x') as HTMLInputElement;
    let pageSetterCalls = 0;
    Object.defineProperty(el, 'value', {
      configurable: true,
      get: () => 'page-getter',
      set: () => {
        pageSetterCalls++;
      },
    });
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push('change'));
    fillInput(el, 'Abc!defgh2');
    expect(pageSetterCalls).toBe(0);
    expect(events).toEqual(['input', 'change']);
    delete (el as { value?: unknown }).value;
    expect(el.value).toBe('Abc!defgh2');
  });
});
