/**
 * The popup's first questions to the browser: which tab it is about (./target.ts `findTarget`) and the stored
 * language. popup.html's head asks them from a small classic script (entrypoints/popup-early.ts) while the
 * popup's modules load, so that their round trips overlap that load instead of following it; main.tsx takes
 * the answers. Without that script (unit tests, a script that comes late or fails), main.tsx asks them itself.
 * Same calls as before, only sooner: nothing more is read (docs/decisions/popup-target.md).
 */
import { extApi } from '@/utils/ext-api';
import { LANG_KEY, storageKeys } from '@/utils/storage/first-paint';
import { findTarget, type Target } from './target';

export interface EarlyAsks {
  target: Promise<Target>;
  /** The language choice's `storage.local` values as read (null: the read failed). */
  lang: Promise<Record<string, unknown> | null>;
}

const KEY = '__cePopupEarly';
/** Asks not taken yet; null once main.tsx has taken them (or asked for itself). */
const holder = () => globalThis as { [KEY]?: EarlyAsks | null };

export function askEarly(): EarlyAsks {
  return {
    target: findTarget(),
    lang: Promise.resolve()
      .then(() => extApi().storage.local.get(storageKeys(LANG_KEY)))
      .catch(() => null),
  };
}

/** The early script's work. An async script may run after main.tsx: it then asks nothing a second time. */
export function stashEarly(): void {
  const g = holder();
  if (g[KEY] === undefined) g[KEY] = askEarly();
}

/** The early script's asks, taken once; asked now when it has not run. */
export function takeEarly(): EarlyAsks {
  const g = holder();
  const asks = g[KEY] ?? askEarly();
  g[KEY] = null;
  return asks;
}
