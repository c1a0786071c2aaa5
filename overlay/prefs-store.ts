/**
 * The overlay's preferences in the extension's storage (utils/storage/prefs.ts). The first read comes from
 * the entry's early snapshot when it can (no zod and no round trip before the first paint); the zod-checked
 * item is loaded for what the snapshot cannot answer, for later reads and for writes.
 */
import { prefsFromSnapshot } from '@/utils/storage/first-paint';
import type { prefsItem } from '@/utils/storage/prefs';
import type { PrefsStore } from './controller';
import type { LoadItem } from './situation-store';

export function extensionPrefsStore(snapshot: Promise<Record<string, unknown>> | undefined, item: LoadItem<typeof prefsItem>): PrefsStore {
  // The first pass's read: the snapshot, once.
  let first: Promise<ReturnType<typeof prefsFromSnapshot>> | null = snapshot
    ? snapshot.catch(() => ({})).then(prefsFromSnapshot)
    : null;
  return {
    async get() {
      const p = first && (await first);
      first = null;
      return p ?? (await item(true)).get();
    },
    update: (fn) => item().then((i) => i.update(fn)),
  };
}
