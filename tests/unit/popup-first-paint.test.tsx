/**
 * Issue 23: no first paint waits for storage. Chromium answers managed storage seconds after a browser start;
 * the popup and the options page render at once, and the school's configuration fills in when it answers. The
 * popup's folded guides and questions are built when opened, and the search still finds every answer.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { App as OptionsApp } from '@/entrypoints/options/App';
import { App as PopupApp, loadWhere } from '@/entrypoints/popup/App';
import * as rest from '@/entrypoints/popup/popup-rest';
import type { Where } from '@/entrypoints/popup/WhereView';
import { t } from '@/utils/i18n';

const POLICY = { support: { name: 'Vie scolaire du lycée', email: 'vie-scolaire@lycee.example', phone: '02 00 00 00 00' }, portal: 'netocentre' };

let root: HTMLElement | null = null;
function mount(node: preact.ComponentChild) {
  const el = document.createElement('div');
  root = el;
  document.body.append(el);
  act(() => render(node, el));
  return el;
}
afterEach(() => {
  if (root) {
    act(() => render(null, root!));
    root.remove();
    root = null;
  }
  vi.restoreAllMocks();
});
beforeEach(() => fakeBrowser.reset());

async function settle() {
  for (let i = 0; i < 5; i++) await act(() => new Promise<void>((r) => setTimeout(r, 0)));
}

/** Managed storage that answers only when the test says so (Chromium's policy service starting). */
function lateManaged() {
  let answer: (v: Record<string, unknown>) => void = () => undefined;
  const pending = new Promise<Record<string, unknown>>((r) => (answer = r));
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(pending as never);
  return answer;
}

describe('first paint without waiting for managed storage', () => {
  it('popup: renders at once; the school contact and « Ouvrir mon ENT » fill in when managed storage answers', async () => {
    const answer = lateManaged();
    const el = mount(<PopupApp rest={rest} />);
    // Everything but the school's own contact is there in the first render.
    expect(el.querySelector('#pp-where-h')?.textContent).toBe(t('popup.where_title'));
    expect(el.querySelector('[data-testid=pp-open-ent]')).not.toBeNull();
    expect(el.querySelector('[data-testid=pp-contacts] [data-contact=school]')).not.toBeNull();
    expect(el.querySelector('[data-contact=managed]')).toBeNull();
    await settle();
    expect(el.querySelector('[data-contact=managed]')).toBeNull();
    answer(POLICY);
    await settle();
    expect(el.querySelector('[data-contact=managed]')?.textContent).toContain('Vie scolaire du lycée');
    expect(el.querySelector('[data-testid=pp-open-ent] a[data-mine=true]')?.getAttribute('data-portal')).toBe('netocentre');
  });

  it('popup: the status card uses the answer main.tsx asked for before the first render (no second look)', async () => {
    let give: (w: Where) => void = () => undefined;
    const early = new Promise<Where>((r) => (give = r));
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    const el = mount(<PopupApp where={early} />);
    expect(el.querySelector('[data-testid=pp-where] [role=status]')?.textContent).toBe(t('popup.checking'));
    give({ target: { id: 7, url: 'https://www.example.org/' }, check: { kind: 'unrelated', host: 'www.example.org' }, reply: null });
    await settle();
    expect(el.querySelector('[data-testid=pp-check]')).not.toBeNull();
    expect(el.querySelector('[data-testid=pp-where] [role=status]')?.textContent).not.toBe(t('popup.checking'));
    expect(query).not.toHaveBeenCalled();
  });

  it('popup: loadWhere() names the tab and the check, whatever the tab is', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3, url: 'https://www.example.org/x' }] as never);
    // The fake has no getCurrent: the popup is not a tab of its own here.
    const tabs = fakeBrowser.tabs as { getCurrent?: unknown };
    const had = tabs.getCurrent;
    tabs.getCurrent = vi.fn(async () => undefined);
    const w = await loadWhere().finally(() => (tabs.getCurrent = had));
    expect(w.target).toEqual({ id: 3, url: 'https://www.example.org/x' });
    expect(w.check.kind).toBe('unrelated');
    expect(w.reply).toBeNull();
  });

  it('options: renders at once; the school configuration shows when it answers, never « none » before', async () => {
    const answer = lateManaged();
    const el = mount(<OptionsApp />);
    expect(el.querySelector('h1')?.textContent).toBe(t('remember.options.title'));
    await settle();
    expect(el.querySelector('[data-testid=managed-none]')).toBeNull();
    expect(el.querySelector('[data-testid=managed-info]')).toBeNull();
    answer(POLICY);
    await settle();
    expect(el.querySelector('[data-testid=managed-info]')?.textContent).toContain('vie-scolaire@lycee.example');
  });

  it('options without any school configuration: « none » once managed storage has answered', async () => {
    const answer = lateManaged();
    const el = mount(<OptionsApp />);
    answer({});
    await settle();
    expect(el.querySelector('[data-testid=managed-none]')).not.toBeNull();
  });
});

describe('popup: folded parts built when opened', () => {
  it('guides and questions hold their summaries only until opened; the search finds answers', async () => {
    lateManaged();
    const el = mount(<PopupApp rest={rest} />);
    await settle();
    const guide = el.querySelector<HTMLDetailsElement>('[data-testid=pp-guide][data-portal=touraine-eschool]')!;
    expect(guide.querySelector('[data-journey]')).toBeNull();
    guide.open = true;
    await act(() => void guide.dispatchEvent(new Event('toggle')));
    expect(guide.querySelectorAll('[data-journey=touraine-activation] ol > li').length).toBeGreaterThanOrEqual(8);
    const faq = el.querySelector<HTMLDetailsElement>('details[data-faq=temp_password]')!;
    expect(faq.querySelector('p')).toBeNull();
    faq.open = true;
    await act(() => void faq.dispatchEvent(new Event('toggle')));
    expect(faq.textContent).toContain('chiffre 0');

    const input = el.querySelector<HTMLInputElement>('#pp-q')!;
    input.value = 'réinitialisé';
    await act(() => void input.dispatchEvent(new Event('input')));
    const first = el.querySelector<HTMLElement>('[data-testid=pp-results] li');
    expect(first?.dataset.result).toBe('faq:account_reset');
  });
});
