/**
 * The overlay's first card (docs/decisions/first-card.md): what the content script's UI module paints with,
 * before zod, storage and the features' chunks arrive. Checks that the lazy feature list is FEATURES, that the
 * snapshot's plain checks never disagree with the items' zod schemas, and which built-in texts the module
 * leaves to later or out.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { FeatureContext } from '@/overlay/feature';
import { FEATURES } from '@/overlay/features';
import { contentFeatures } from '@/overlay/features/lazy';
import { PORTALS } from '@/utils/portals';
import { recognize } from '@/utils/recognize';
import {
  FIRST_PAINT_KEYS,
  langFromSnapshot,
  prefsFromSnapshot,
  situationsFromSnapshot,
  storageKeys,
} from '@/utils/storage/first-paint';
import { langItem } from '@/utils/storage/lang';
import { prefsItem } from '@/utils/storage/prefs';
import { situationItem } from '@/utils/storage/situation';
import { builtInGroup, builtInMessages, FOLDED_ANSWERS, helpKeysOf, portalTexts } from '../../modules/content-ui';
import { entryGroups } from '@/utils/portals/entries';
import { PORTAL_INFO } from '@/utils/portals/ids';
import { loadFixtures } from '../support/fixtures.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const START_URL = location.href;
const setURL = (url: string) => (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(url);

afterEach(() => {
  document.body.innerHTML = '';
  setURL(START_URL);
});

describe('the content script’s features', () => {
  const never = new Promise<void>(() => {});
  const chunk = () => never as Promise<never>;
  const from = { password: chunk, capsLock: chunk, remember: chunk, support: chunk };

  it('are FEATURES: same ids, same order', () => {
    expect(contentFeatures(from, never).map((f) => f.id)).toEqual(FEATURES.map((f) => f.id));
  });

  // One test per page: a loop over every page in one test outgrew the hang guard on a loaded CI machine.
  const lazy = contentFeatures(from, never);
  it.each(loadFixtures().filter((x) => x.expect).map((f) => [f.name, f] as const))(
    'asks for a feature’s chunk where the feature applies: %s',
    (_, f) => {
      setURL(f.url);
      document.body.innerHTML = /<body[^>]*>([\s\S]*)<\/body>/i.exec(f.html)?.[1] ?? '';
      const rec = recognize(f.url, document, PORTALS);
      expect(rec, f.name).not.toBeNull();
      const ctx: FeatureContext = { rec: rec!, doc: document };
      for (const [i, real] of FEATURES.entries()) {
        if (real.applies(ctx)) expect(lazy[i].applies(ctx), `${real.id} on ${f.name}`).toBe(true);
      }
    },
  );
});

describe('the first paint’s plain checks of the storage snapshot', () => {
  const version = fc.option(fc.oneof(fc.record({ v: fc.oneof(fc.constant(1), fc.integer({ min: 0, max: 3 })) }), fc.anything()), {
    nil: undefined,
  });
  const prefsLike = fc.oneof(
    fc.anything(),
    fc.record(
      {
        minimized: fc.oneof(fc.dictionary(fc.string({ maxLength: 90 }), fc.oneof(fc.boolean(), fc.anything())), fc.anything()),
        activated: fc.oneof(fc.array(fc.oneof(fc.string({ maxLength: 45 }), fc.anything()), { maxLength: 24 }), fc.anything()),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    ),
  );
  const id = (ids: string[]) => fc.oneof(fc.constantFrom(...ids), fc.constant(null), fc.anything());
  const situationLike = fc.oneof(
    fc.anything(),
    fc.dictionary(
      fc.oneof(fc.constantFrom('netocentre', 'touraine-eschool', 'mon-ent-occitanie', 'educonnect'), fc.string()),
      fc.oneof(
        fc.record(
          {
            situation: id(['first-ent', 'first-educonnect', 'everyday-ent', 'everyday-educonnect', 'lost']),
            academie: id(['montpellier', 'toulouse']),
            other: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
    ),
  );
  const snapshot = (key: string, value: fc.Arbitrary<unknown>) =>
    fc.record({ value: fc.option(value, { nil: undefined }), meta: version }).map(({ value: v, meta }) => {
      const [k, m] = storageKeys(key);
      return { [k]: v, [m]: meta } as Record<string, unknown>;
    });

  it('answer only what the items’ schemas would answer alike (else the items decide)', () => {
    fc.assert(
      fc.property(snapshot('local:prefs', prefsLike), (s) => {
        const plain = prefsFromSnapshot(s);
        if (plain) expect(plain).toEqual(prefsItem.fromSnapshot(s));
      }),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(snapshot('local:lang', fc.oneof(fc.constantFrom('auto', 'fr', 'en', 'ar', 'de'), fc.anything())), (s) => {
        const plain = langFromSnapshot(s);
        if (plain) expect(plain).toEqual(langItem.fromSnapshot(s));
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(snapshot('local:situation', situationLike), (s) => {
        const plain = situationsFromSnapshot(s);
        if (plain) expect(plain).toEqual(situationItem.fromSnapshot(s));
      }),
      { numRuns: 400 },
    );
  });

  it('answer for what the items write (no zod before the first paint), not when a migration is due', async () => {
    fakeBrowser.reset();
    await prefsItem.set({ minimized: { 'netocentre/login': true }, activated: ['educonnect'] });
    await langItem.set('ar');
    await situationItem.set({ netocentre: { situation: 'first-ent' }, 'mon-ent-occitanie': { situation: null, academie: 'toulouse' } });
    const snap = await fakeBrowser.storage.local.get(FIRST_PAINT_KEYS);
    expect(prefsFromSnapshot(snap)).toEqual(await prefsItem.get());
    expect(langFromSnapshot(snap)).toBe('ar');
    expect(situationsFromSnapshot(snap)).toEqual(await situationItem.get());
    expect(prefsFromSnapshot({})).toEqual({ minimized: {}, activated: [] });
    expect(langFromSnapshot({})).toBe('auto');
    expect(situationsFromSnapshot({})).toEqual({});
    expect(langFromSnapshot({ lang: 'fr', lang$: { v: 2 } })).toBeNull();
  });
});

/** The project's source files `entry` imports, statically (`from '…'`) and, with `dynamic`, lazily too. */
function importGraph(entry: string, dynamic: boolean): string[] {
  const seen = new Set<string>();
  const resolve = (from: string, spec: string): string | null => {
    const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(path.join(ROOT, from)), spec);
    for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
      if (fs.existsSync(c) && fs.statSync(c).isFile() && /\.tsx?$/.test(c)) return path.relative(ROOT, c);
    }
    return null;
  };
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
    const specs = [...src.matchAll(/^(?:import|export) (?!type )[^;]*?from '([^']+)'|^import '([^']+)'/gm)].map((m) => m[1] ?? m[2]);
    if (dynamic) specs.push(...[...src.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]));
    for (const spec of specs) {
      const f = (spec.startsWith('@/') || spec.startsWith('.')) && resolve(file, spec);
      if (f) visit(f);
    }
  };
  visit(entry);
  return [...seen];
}

/** Text keys written out in a file (`'group.key…'` literals), flattened as in messages.json. */
function keysIn(file: string): string[] {
  const src = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...src.matchAll(/['`"]([a-z]+\.[a-z0-9_.]+)/g)].map((m) => m[1].replace(/[.-]/g, '_'));
}

describe('the built-in French texts', async () => {
  const fr = await builtInMessages(path.join(ROOT, 'locales'));

  it('the overlay’s code names no text left out of the UI module (extension pages’ texts only)', () => {
    const overlay = importGraph('entrypoints/content/ui.tsx', true);
    expect(overlay).toContain('overlay/features/password.tsx');
    const leftOut = overlay.flatMap((f) => keysIn(f).filter((k) => k in fr && builtInGroup(k) === null).map((k) => `${f}: ${k}`));
    expect(leftOut).toEqual([]);
  });

  it('the first card’s code names no text that comes later, but the folded answers', () => {
    const first = importGraph('entrypoints/content/ui.tsx', false);
    expect(first).toContain('components/help-panel/HelpPanel.tsx');
    expect(first).not.toContain('overlay/features/password.tsx');
    const later = first.flatMap((f) =>
      keysIn(f)
        .filter((k) => k in fr && builtInGroup(k) === 'later' && !FOLDED_ANSWERS.test(k))
        .map((k) => `${f}: ${k}`),
    );
    expect(later).toEqual([]);
  });

  it('the card’s visible texts are in the first card: titles, instructions, « Ensuite », a first stuck question', () => {
    const visible = Object.keys(fr).filter((k) => /_(title|body_b\d+|next|stuck_s1_q)$/.test(k) && !/^(popup|demo|privacy|remember|password|report)_/.test(k));
    expect(visible.length).toBeGreaterThan(100);
    expect(visible.filter((k) => builtInGroup(k) !== 'first')).toEqual([]);
    for (const k of ['overlay_step_of', 'overlay_next_label', 'overlay_stuck_title', 'overlay_target_hint', 'situation_question', 'meta_lang'])
      expect(builtInGroup(k), k).toBe('first');
  });
});

describe('each group’s first-card texts (a file the entry fetches beside the first card)', async () => {
  const fr = await builtInMessages(path.join(ROOT, 'locales'));
  const groups = entryGroups(PORTALS);
  const first = Object.keys(fr).filter((k) => builtInGroup(k) === 'first');
  const perGroup = portalTexts(first, groups, PORTALS, Object.values(PORTAL_INFO).map((i) => i.titles));
  const all = new Set(Object.values(perGroup).flat());
  const cardKeys = (help: string) => first.filter((k) => k.startsWith(`${help.replace(/\./g, '_')}_`));

  it('hold a good share of the texts, and every portal’s short step titles stay in the module', () => {
    expect(all.size).toBeGreaterThan(first.length / 3);
    expect([...all].filter((k) => /_titles_/.test(k) || /^steps_/.test(k))).toEqual([]);
  });

  for (const g of groups) {
    it(`${g.name}: the card on its portals’ pages finds each of its texts in the module or in its file`, () => {
      const mine = new Set(perGroup[g.name]);
      const missing: string[] = [];
      for (const p of PORTALS.filter((x) => g.portals.includes(x.id))) {
        for (const help of helpKeysOf(p)) {
          expect(cardKeys(help).length, `${p.id}: ${help}`).toBeGreaterThan(0);
          for (const k of cardKeys(help)) if (all.has(k) && !mine.has(k)) missing.push(`${p.id}: ${k}`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
