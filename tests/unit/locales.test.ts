/**
 * Locale parity: every key of one locale exists in the others (fr is the default and the reference), with
 * the same `$n` placeholders and a non-empty value. Also: the files compile the way the build compiles them
 * (@wxt-dev/i18n), the Arabic locale declares right-to-left, and the portals' quoted labels stay in French.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { flatKey, LANGS } from '@/utils/i18n';
import { loadLocale } from '../support/i18n-setup';

const DIR = path.resolve(import.meta.dirname, '../../locales');

/** Buttons of Compagnon ENT itself quoted in French help: shown translated in other languages. */
/** Labels of our own UI quoted in help texts: translated with the UI (not text read on a portal page). */
export const OWN_LABELS = ['« Proposer un mot de passe »', '« Annuler »', '« Copier »', '« Remplir les deux champs »', '« Autre proposition »'];

/** « label » with its inner spaces normalised (French typography puts non-breaking spaces inside « »). */
const spaced = (q: string) => q.replace(/[\s\u00a0\u202f]+/g, ' ');

export function flatten(o: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (v: unknown, p: string) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, c] of Object.entries(v)) walk(c, p ? `${p}.${k}` : k);
    } else out.set(p, v);
  };
  walk(o, prefix);
  return out;
}

export function placeholders(s: string): string[] {
  return [...new Set(s.match(/\$\d/g) ?? [])].sort();
}

/** Differences between a reference locale and another: missing/extra keys, placeholder and empty-value errors. */
export function compareLocales(ref: Map<string, unknown>, other: Map<string, unknown>): string[] {
  const errors: string[] = [];
  for (const k of ref.keys()) if (!other.has(k)) errors.push(`missing: ${k}`);
  for (const k of other.keys()) if (!ref.has(k)) errors.push(`extra: ${k}`);
  for (const [k, v] of other) {
    if (typeof v !== 'string' && typeof v !== 'number') {
      errors.push(`not text: ${k}`);
      continue;
    }
    const s = String(v);
    if (!s.trim()) errors.push(`empty: ${k}`);
    const r = ref.get(k);
    if (typeof r === 'string' && placeholders(r).join() !== placeholders(s).join()) {
      errors.push(`placeholders: ${k} (${placeholders(r).join(' ') || 'none'} ≠ ${placeholders(s).join(' ') || 'none'})`);
    }
  }
  return errors;
}

const raw = Object.fromEntries(LANGS.map((l) => [l, fs.readFileSync(path.join(DIR, `${l}.yml`), 'utf8')]));
const flat = Object.fromEntries(LANGS.map((l) => [l, flatten(parse(raw[l]))]));
/** The card's own buttons, « quoted » as fr shows them → their key (the situation question's). */
const ownCard = new Map(
  [...flat.fr].filter(([k]) => k === 'situation.not_mine' || k.startsWith('situation.button.')).map(([k, v]) => [spaced(`« ${v} »`), k]),
);

describe('locale files', () => {
  it('exist for every language of the product, and only those', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.yml')).map((f) => f.replace(/\.yml$/, ''));
    expect(files.sort()).toEqual([...LANGS].sort());
  });

  it('the reference (fr) has keys and every value is non-empty text', () => {
    expect(flat.fr.size).toBeGreaterThan(150);
    expect(compareLocales(flat.fr, flat.fr)).toEqual([]);
  });

  for (const lang of LANGS.filter((l) => l !== 'fr')) {
    it(`${lang} has exactly the keys of fr, the same placeholders, no empty value`, () => {
      expect(compareLocales(flat.fr, flat[lang])).toEqual([]);
    });

    it(`${lang} quotes the card's own buttons as the card shows them in ${lang}`, () => {
      // « Ce n'est pas ma situation », « J'ai un courrier EduConnect »… are ours: the card shows them translated,
      // so a help text that sends the family to them quotes the translation, never the French.
      const problems: string[] = [];
      for (const [k, v] of flat.fr) {
        if (typeof v !== 'string') continue;
        for (const q of (v.match(/«[^»]*»/g) ?? []).map(spaced)) {
          const key = ownCard.get(q);
          if (!key) continue;
          const want = spaced(`« ${flat[lang].get(key)} »`);
          if (!spaced(String(flat[lang].get(k) ?? '')).includes(want)) problems.push(`${k}: ${want}`);
        }
      }
      expect(problems).toEqual([]);
    });

    it(`${lang} keeps the portals' quoted labels in French where fr quotes them`, () => {
      // Every « label » of a French help text must appear verbatim in the translation. Labels of our own
      // UI are translated: the demonstration's buttons (demo.*) and OWN_LABELS.
      const problems: string[] = [];
      for (const [k, v] of flat.fr) {
        if (typeof v !== 'string' || k.startsWith('demo.') || k.startsWith('steps.')) continue;
        const quoted = (v.match(/«[^»]*»/g) ?? []).map(spaced).filter((q) => !OWN_LABELS.includes(q) && !ownCard.has(q));
        const t = spaced(String(flat[lang].get(k) ?? ''));
        for (const q of quoted) if (!t.includes(q)) problems.push(`${k}: ${q}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('the comparison catches a missing key, an extra key, a lost placeholder and an empty value', () => {
    const ref = new Map<string, unknown>([
      ['a.b', 'Étape $1 sur $2'],
      ['a.c', 'Texte'],
      ['a.d', 'Autre'],
    ]);
    const other = new Map<string, unknown>([
      ['a.b', 'Step $1'],
      ['a.c', '  '],
      ['a.e', 'Extra'],
    ]);
    expect(compareLocales(ref, other).sort()).toEqual(
      ['empty: a.c', 'extra: a.e', 'missing: a.d', 'placeholders: a.b ($1 $2 ≠ $1)'].sort(),
    );
  });

  it('keys never collide once flattened the way messages.json names them', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const k of flat.fr.keys()) {
      const f = flatKey(k);
      if (seen.has(f)) clashes.push(`${seen.get(f)} / ${k}`);
      seen.set(f, k);
      if (/(^|\.)\d+$/.test(k)) clashes.push(`numeric key (read as a plural form): ${k}`);
    }
    expect(clashes).toEqual([]);
  });

  it('meta.lang names the file and meta.dir is rtl for Arabic only', () => {
    for (const l of LANGS) {
      expect(flat[l].get('meta.lang')).toBe(l);
      expect(flat[l].get('meta.dir')).toBe(l === 'ar' ? 'rtl' : 'ltr');
    }
  });

  it('compiles with @wxt-dev/i18n to messages.json with the same message names in every language', async () => {
    const names: Record<string, string[]> = {};
    for (const l of LANGS) {
      const m = await loadLocale(l);
      names[l] = Object.keys(m).sort();
      expect(m[flatKey('overlay.step_of')]?.message).toMatch(/\$1.*\$2|\$2.*\$1/);
    }
    expect(names.en).toEqual(names.fr);
    expect(names.ar).toEqual(names.fr);
  });

  it('the Arabic locale is written in Arabic script', () => {
    const texts = [...flat.ar].filter(([k]) => !k.startsWith('meta.') && k !== 'ext.name');
    const arabic = texts.filter(([, v]) => /\p{Script=Arabic}/u.test(String(v)));
    expect(arabic.length / texts.length).toBeGreaterThan(0.95);
  });
});

describe('automatic language', async () => {
  const { preferredLang, applyLanguage } = await import('@/utils/locale');
  const { currentLang, setMessages, t } = await import('@/utils/i18n');

  it('takes the first of the browser languages that we have, by primary subtag, else French', () => {
    expect(preferredLang(['ar-MA', 'fr-FR'])).toBe('ar');
    expect(preferredLang(['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(preferredLang(['es', 'de'])).toBe('fr');
    expect(preferredLang([])).toBe('fr');
    expect(preferredLang(['FR_be'])).toBe('fr');
  });

  it('an explicit choice loads that locale; automatic loads the browser language', async () => {
    const loaded: string[] = [];
    const load = async (l: string) => {
      loaded.push(l);
      return loadLocale(l);
    };
    try {
      expect(await applyLanguage(load, 'ar')).toBe('ar');
      expect(currentLang()).toBe('ar');
      expect(t('overlay.step_of', 2, 5)).toBe('الخطوة 2 من 5');
      const langs = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['en-US', 'fr'] });
      try {
        expect(await applyLanguage(load, 'auto')).toBe('en');
        expect(t('overlay.minimize')).toBe('Minimise the help');
      } finally {
        delete (navigator as { languages?: unknown }).languages;
        if (langs) Object.defineProperty(Navigator.prototype, 'languages', langs);
      }
      expect(loaded).toEqual(['ar', 'en']);
    } finally {
      setMessages(await loadLocale('fr'), 'fr');
    }
  });
});

describe('the overlay’s built-in French (no browser.i18n on the page)', async () => {
  const { applyLanguage } = await import('@/utils/locale');
  const { currentLang, setMessages, t, tList } = await import('@/utils/i18n');
  const { builtInMessages, BUILT_IN_LANG } = await import('../../modules/content-ui');
  const fr = await builtInMessages(DIR);
  const builtIn = { lang: BUILT_IN_LANG, messages: () => fr };

  /** Counts `browser.i18n.getMessage` calls (in Chromium the first one fetches the bundle synchronously). */
  async function countingI18n<T>(uiLang: string, run: () => Promise<T>): Promise<{ result: T; calls: string[] }> {
    const g = globalThis as { browser?: { i18n?: unknown } };
    const had = g.browser?.i18n;
    const calls: string[] = [];
    const en = await loadLocale(uiLang);
    (g.browser as { i18n: unknown }).i18n = {
      getMessage: (k: string) => {
        calls.push(k);
        return en[k]?.message ?? '';
      },
      getUILanguage: () => uiLang,
    };
    try {
      return { result: await run(), calls };
    } finally {
      (g.browser as { i18n: unknown }).i18n = had;
    }
  }
  const withLanguages = async <T>(langs: string[], run: () => Promise<T>) => {
    const own = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
    Object.defineProperty(navigator, 'languages', { configurable: true, get: () => langs });
    try {
      return await run();
    } finally {
      delete (navigator as { languages?: unknown }).languages;
      if (own) Object.defineProperty(Navigator.prototype, 'languages', own);
    }
  };

  it('holds exactly what _locales/fr/messages.json holds, messages only', async () => {
    const file = await loadLocale('fr');
    expect(Object.keys(fr).sort()).toEqual(Object.keys(file).sort());
    for (const [k, m] of Object.entries(file)) expect(fr[k]).toEqual({ message: m.message });
  });

  it('a French family: French at once, no load, no browser.i18n call, not even for the key that ends a list', async () => {
    const loaded: string[] = [];
    try {
      const { result, calls } = await countingI18n('en', () =>
        withLanguages(['fr-FR', 'en'], async () => {
          const r = await applyLanguage(async (l) => (loaded.push(l), null), 'auto', builtIn);
          // tList asks for b1, b2, … until one is missing: that last key is not in any locale.
          expect(tList('recia.home.body')).toEqual([fr.recia_home_body_b1.message, fr.recia_home_body_b2.message, fr.recia_home_body_b3.message]);
          expect(t('overlay.minimize')).toBe(fr.overlay_minimize.message);
          expect(t('no.such.key')).toBe('');
          return r;
        }),
      );
      expect(result).toBe('fr');
      expect(currentLang()).toBe('fr');
      expect(calls).toEqual([]);
      expect(loaded).toEqual([]);
      // The same with French chosen explicitly.
      const again = await countingI18n('en', () => applyLanguage(async (l) => (loaded.push(l), null), 'fr', builtIn));
      expect(again.result).toBe('fr');
      expect(again.calls).toEqual([]);
      expect(loaded).toEqual([]);
    } finally {
      setMessages(await loadLocale('fr'), 'fr');
    }
  });

  it('another chosen language is loaded; a key it lacks, or a failed load, falls back to French, never to browser.i18n', async () => {
    try {
      const ar = await loadLocale('ar');
      delete ar[flatKey('overlay.minimize')];
      const { result, calls } = await countingI18n('en', () => applyLanguage(async () => ar, 'ar', builtIn));
      expect(result).toBe('ar');
      expect(currentLang()).toBe('ar');
      expect(t('overlay.step_of', 2, 5)).toBe('الخطوة 2 من 5');
      expect(t('overlay.minimize')).toBe(fr.overlay_minimize.message);
      expect(calls).toEqual([]);

      const failed = await countingI18n('en', () => applyLanguage(async () => null, 'en', builtIn));
      expect(failed.result).toBe('fr');
      expect(currentLang()).toBe('fr');
      expect(t('overlay.minimize')).toBe(fr.overlay_minimize.message);
      expect(failed.calls).toEqual([]);
    } finally {
      setMessages(await loadLocale('fr'), 'fr');
    }
  });

  it('automatic in an English browser: English loaded (the entry has started that load), no browser.i18n call', async () => {
    const loaded: string[] = [];
    try {
      const { result, calls } = await countingI18n('en', () =>
        withLanguages(['en-GB'], () => applyLanguage(async (l) => (loaded.push(l), loadLocale(l)), 'auto', builtIn)),
      );
      expect(result).toBe('en');
      expect(t('overlay.minimize')).toBe('Minimise the help');
      expect(calls).toEqual([]);
      expect(loaded).toEqual(['en']);
    } finally {
      setMessages(await loadLocale('fr'), 'fr');
    }
  });
});
