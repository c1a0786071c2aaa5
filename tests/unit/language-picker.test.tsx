/**
 * The language picker: four choices (automatic + each language, named in its own language), the stored
 * choice checked, a click stores the new choice, a change made elsewhere (another tab) is shown.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { LanguagePicker, type LangStore } from '@/components/LanguagePicker';
import type { LangChoice } from '@/utils/storage/lang';

class MemoryLang implements LangStore {
  listeners = new Set<(v: LangChoice) => void>();
  writes: LangChoice[] = [];
  constructor(public value: LangChoice) {}
  async get() {
    return this.value;
  }
  async set(v: LangChoice) {
    this.value = v;
    this.writes.push(v);
    this.listeners.forEach((l) => l(v));
  }
  watch(cb: (v: LangChoice) => void) {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
}

const tick = () => act(async () => await new Promise((r) => setTimeout(r, 0)));
const radios = (el: Element) => [...el.querySelectorAll<HTMLInputElement>('input[type=radio]')];

describe('LanguagePicker', () => {
  it('shows automatic and the three languages, each named in its own language, in a labelled group', async () => {
    const el = document.createElement('div');
    const store = new MemoryLang('auto');
    act(() => render(<LanguagePicker store={store} />, el));
    await tick();
    expect(el.querySelector('fieldset legend')?.textContent).toBe("Langue de l'aide");
    expect(radios(el).map((r) => r.value)).toEqual(['auto', 'fr', 'en', 'ar']);
    expect([...el.querySelectorAll('label')].map((l) => l.textContent)).toEqual([
      'Automatique (langue du navigateur)',
      'Français',
      'English',
      'العربية',
    ]);
    const ar = el.querySelector('span[lang=ar]');
    expect(ar?.getAttribute('dir')).toBe('rtl');
    expect(el.querySelector('span[lang=en]')?.getAttribute('dir')).toBe('ltr');
    // one group: the radios share a name, so Tab stops once and the arrows choose
    expect(new Set(radios(el).map((r) => r.name)).size).toBe(1);
    expect(radios(el).find((r) => r.checked)?.value).toBe('auto');
  });

  it('checks the stored choice, stores a new one, and follows a change made elsewhere', async () => {
    const el = document.createElement('div');
    const store = new MemoryLang('en');
    act(() => render(<LanguagePicker store={store} />, el));
    await tick();
    expect(radios(el).find((r) => r.checked)?.value).toBe('en');
    act(() => {
      const r = radios(el)[3];
      r.checked = true;
      r.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await tick();
    expect(store.writes).toEqual(['ar']);
    expect(radios(el).find((r) => r.checked)?.value).toBe('ar');
    await act(async () => store.set('fr'));
    expect(radios(el).find((r) => r.checked)?.value).toBe('fr');
    act(() => render(null, el));
    expect(store.listeners.size).toBe(0);
  });

  it('is disabled until the stored choice is known (no wrong choice flashes)', () => {
    const el = document.createElement('div');
    const store = new MemoryLang('ar');
    store.get = () => new Promise(() => {});
    act(() => render(<LanguagePicker store={store} />, el));
    expect(radios(el).every((r) => r.disabled && !r.checked)).toBe(true);
  });
});
