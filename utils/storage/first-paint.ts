/**
 * What the help card's first paint reads from storage: the preferences (is this step's help minimised?),
 * the language and the family's situation (which road's help). The entry starts one `storage.local.get` of
 * these keys before the page is parsed, alongside the UI module's import; the UI module's first card takes
 * the values from that snapshot with the plain checks below (no zod in the first card:
 * docs/decisions/first-card.md). A value they do not accept as it is (corrupted, partial, a version that
 * needs a migration) is read by the zod-checked WXT items instead, which then come before the first paint.
 * No zod here: the entry stays small.
 */
import { PORTAL_IDS } from '../portals/ids';
import { ACADEMIES, SITUATIONS } from '../portals/types';
import type { RememberedSituation, SituationMemory } from '../situation';

export const PREFS_KEY = 'local:prefs';
export const LANG_KEY = 'local:lang';
/** The family's situation per portal (utils/storage/situation.ts): the card's text and ring depend on it. */
export const SITUATION_KEY = 'local:situation';

/** The items' versions (WXT's `<key>$` metadata); the items in ./prefs.ts, ./lang.ts, ./situation.ts use them. */
export const PREFS_VERSION = 1;
export const LANG_VERSION = 1;
export const SITUATION_VERSION = 1;

/** The `storage.local` keys holding an item's value and WXT's metadata for it (`<key>$`: its version). */
export function storageKeys(key: string): [string, string] {
  const k = key.slice(key.indexOf(':') + 1);
  return [k, `${k}$`];
}

export const FIRST_PAINT_KEYS: string[] = [PREFS_KEY, LANG_KEY, SITUATION_KEY].flatMap(storageKeys);

type Values = Record<string, unknown>;
const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const oneOf = (list: readonly string[], x: unknown) => typeof x === 'string' && list.includes(x);

/** The stored value when its version is current (undefined: nothing stored; null: a migration is due). */
function current(values: Values, key: string, version: number): unknown {
  const [k, metaKey] = storageKeys(key);
  const raw = values[k];
  if (raw === null || raw === undefined) return undefined;
  const meta = values[metaKey] as { v?: unknown } | null | undefined;
  return (meta?.v ?? 1) === version ? raw : null;
}

/**
 * The preferences as the zod schema of ./prefs.ts would give them, or null when only that schema can tell
 * (tests/unit/first-card.test.ts checks both agree wherever this answers).
 */
export function prefsFromSnapshot(values: Values): { minimized: Record<string, boolean>; activated: string[] } | null {
  const raw = current(values, PREFS_KEY, PREFS_VERSION);
  if (raw === undefined) return { minimized: {}, activated: [] };
  if (!isObject(raw) || !isObject(raw.minimized) || !Array.isArray(raw.activated) || raw.activated.length > 20) return null;
  if (Object.getPrototypeOf(raw.minimized) !== Object.prototype) return null;
  const minimized: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(raw.minimized)) {
    if (typeof v !== 'boolean' || k.length > 80 || k === '__proto__') return null;
    minimized[k] = v;
  }
  const activated = raw.activated as unknown[];
  if (!activated.every((a) => typeof a === 'string' && a.length <= 40)) return null;
  return { minimized, activated: activated as string[] };
}

/** The language choice as ./lang.ts's schema would give it, or null. */
export function langFromSnapshot(values: Values): 'auto' | 'fr' | 'en' | 'ar' | null {
  const raw = current(values, LANG_KEY, LANG_VERSION);
  if (raw === undefined) return 'auto';
  return oneOf(['auto', 'fr', 'en', 'ar'], raw) ? (raw as 'auto' | 'fr' | 'en' | 'ar') : null;
}

/** The family's answers per portal as ./situation.ts's schema would give them, or null. */
export function situationsFromSnapshot(values: Values): SituationMemory | null {
  const raw = current(values, SITUATION_KEY, SITUATION_VERSION);
  if (raw === undefined) return {};
  if (!isObject(raw) || Object.getPrototypeOf(raw) !== Object.prototype) return null;
  const out: SituationMemory = {};
  for (const [portal, v] of Object.entries(raw)) {
    if (!oneOf(PORTAL_IDS, portal) || !isObject(v)) return null;
    if (Object.keys(v).some((k) => k !== 'situation' && k !== 'academie')) return null;
    if (v.situation !== null && !oneOf(SITUATIONS, v.situation)) return null;
    if ('academie' in v && v.academie !== null && v.academie !== undefined && !oneOf(ACADEMIES, v.academie)) return null;
    const entry = { situation: v.situation } as RememberedSituation;
    if ('academie' in v && v.academie !== undefined) entry.academie = v.academie as RememberedSituation['academie'];
    out[portal as keyof SituationMemory] = entry;
  }
  return out;
}
