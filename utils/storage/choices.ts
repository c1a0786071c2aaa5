/**
 * Remembered choices on this device (`local:choices`, version 2). Checked with a zod/mini schema on every
 * read; a corrupted, partial or unknown-version value never breaks a page: invalid entries are dropped one
 * by one and the valid ones kept.
 *
 * Stored shapes (documented for migrations):
 * - v0 — the first prototype, stored without version metadata: one object, the last choice only:
 *   `{ portal: string, host: string, choice: string, label?: string }`.
 * - v1 — `{ entries: [{ portal, host, choice, label, time }] }` (no auto-choice, no user names).
 * - v2 — an array of `ChoiceEntry` (utils/remember/entries.ts), most recent first, at most 10:
 *   `{ portal, establishment, value, label, lastUsed, auto, name? }`.
 * WXT reads a value without metadata as v1, so the v2 migration accepts both v0 and v1 shapes.
 */
import * as z from 'zod/mini';
import {
  type ChoiceEntry,
  cleanText,
  MAX_ENTRIES,
  MAX_HOST,
  MAX_LABEL,
  MAX_NAME,
  MAX_VALUE,
  normalizeEntries,
} from '../remember/entries';
import { defineValidatedItem } from './validated';

export const CHOICES_VERSION = 2;
/** Raw list elements looked at when salvaging a corrupted value (a real list never exceeds 10). */
const SALVAGE_SCAN = 500;

const HOST_RE = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

export const ChoiceEntrySchema = z.object({
  portal: z.string().check(z.minLength(1), z.maxLength(40), z.regex(/^[a-z0-9-]+$/)),
  establishment: z.string().check(z.minLength(1), z.maxLength(MAX_HOST), z.regex(HOST_RE)),
  value: z.string().check(z.minLength(1), z.maxLength(MAX_VALUE)),
  label: z.string().check(z.maxLength(MAX_LABEL)),
  lastUsed: z.number().check(z.gte(0), z.lte(8.64e15)),
  auto: z.boolean(),
  name: z.optional(z.string().check(z.maxLength(MAX_NAME))),
});

export const ChoicesSchema = z.array(ChoiceEntrySchema).check(z.maxLength(MAX_ENTRIES));

function isObj(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

const str = (v: unknown, max: number): string => (typeof v === 'string' ? cleanText(v.slice(0, max * 4), max) : '');

/** One v0/v1 record → a v2 entry candidate (validated afterwards like any other). */
function fromOld(r: Record<string, unknown>): unknown {
  return {
    portal: str(r.portal, 40),
    establishment: str(r.host, MAX_HOST).toLowerCase(),
    value: str(r.choice, MAX_VALUE),
    label: str(r.label, MAX_LABEL) || str(r.choice, MAX_LABEL),
    lastUsed: typeof r.time === 'number' && Number.isFinite(r.time) && r.time >= 0 ? r.time : 0,
    auto: false,
  };
}

/** v0 or v1 → v2 shape. Anything else is passed through (the read-time salvage deals with it). */
export function migrateToV2(old: unknown): unknown {
  if (isObj(old) && Array.isArray(old.entries)) {
    return old.entries.slice(0, SALVAGE_SCAN).filter(isObj).map(fromOld);
  }
  if (isObj(old) && 'choice' in old && 'portal' in old) return [fromOld(old)];
  return old;
}

/** Keep every valid entry of whatever is stored (v2 list, or an old shape left unmigrated), drop the rest. */
export function salvageChoices(raw: unknown): ChoiceEntry[] {
  let list: unknown = raw;
  if (!Array.isArray(list)) list = migrateToV2(raw);
  if (!Array.isArray(list)) return [];
  const valid: ChoiceEntry[] = [];
  const n = Math.min(list.length, SALVAGE_SCAN);
  for (let i = 0; i < n; i++) {
    const r = z.safeParse(ChoiceEntrySchema, list[i]);
    if (r.success) valid.push(r.data);
  }
  return normalizeEntries(valid);
}

export const choicesItem = defineValidatedItem<ChoiceEntry[]>('local:choices', {
  schema: ChoicesSchema,
  fallback: [],
  version: CHOICES_VERSION,
  migrations: {
    2: (old) => {
      try {
        return migrateToV2(old);
      } catch {
        return [];
      }
    },
  },
  sanitize: salvageChoices,
});

/** Parse what storage holds (tests and the options page share this). */
export function parseChoices(raw: unknown): ChoiceEntry[] {
  return choicesItem.parse(raw);
}

/**
 * When the last automatic choice was made (ms since epoch). A chooser reached again within `AUTO_PAUSE_MS`
 * (the chosen sign-in failed and sent the family back) is not chosen automatically again: no loop.
 */
export const AUTO_PAUSE_MS = 60_000;
export const lastAutoItem = defineValidatedItem<number>('local:choices-last-auto', {
  schema: z.number().check(z.gte(0)),
  fallback: 0,
  version: 1,
});
