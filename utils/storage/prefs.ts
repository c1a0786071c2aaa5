/**
 * Overlay preferences kept on this device: which steps' help the user minimised, and which portals the
 * family already got past the login of (so the login help stops pointing at "Activer mon compte").
 * No personal data: only portal and step ids.
 */
import * as z from 'zod/mini';
import { PREFS_KEY, PREFS_VERSION } from './first-paint';
import { defineValidatedItem } from './validated';

const PrefsSchema = z.object({
  minimized: z.record(z.string().check(z.maxLength(80)), z.boolean()),
  activated: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
});
export type Prefs = z.infer<typeof PrefsSchema>;

const FALLBACK: Prefs = { minimized: {}, activated: [] };

export const prefsItem = defineValidatedItem<Prefs>(PREFS_KEY, {
  schema: PrefsSchema,
  fallback: FALLBACK,
  version: PREFS_VERSION,
  sanitize(raw) {
    const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const minimized: Record<string, boolean> = {};
    if (r.minimized && typeof r.minimized === 'object') {
      for (const [k, v] of Object.entries(r.minimized as Record<string, unknown>).slice(0, 200)) {
        if (typeof v === 'boolean' && k.length <= 80) minimized[k] = v;
      }
    }
    const activated = Array.isArray(r.activated)
      ? r.activated.filter((x): x is string => typeof x === 'string' && x.length <= 40).slice(0, 20)
      : [];
    return { minimized, activated };
  },
});
