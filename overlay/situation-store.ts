/**
 * Where the overlay keeps the family's answer to « which letter do you have? », per portal (ids only). The
 * content script uses the extension's storage (utils/storage/situation.ts); the demo and the tests hand the
 * controller an in-memory one.
 */
import type { PortalId } from '@/utils/portals/types';
import type { RememberedSituation } from '@/utils/situation';
import { situationItem } from '@/utils/storage/situation';
import type { SituationMemory } from '@/utils/situation';

/** What is kept per portal: the situation id and, on mon ENT Occitanie, the académie id. */
export type SituationAnswer = RememberedSituation;

export interface SituationStore {
  get(portal: PortalId): Promise<SituationAnswer | null>;
  /** null forgets the portal's answer. */
  set(portal: PortalId, answer: SituationAnswer | null): Promise<void>;
  /** Called when the answers change elsewhere (the options page, the popup, another tab). */
  watch?(cb: () => void): () => void;
}

function withAnswer(mem: SituationMemory, portal: PortalId, answer: SituationAnswer | null): SituationMemory {
  const next = { ...mem };
  if (answer && (answer.situation || answer.academie)) next[portal] = answer;
  else delete next[portal];
  return next;
}

/**
 * The extension's storage, read once and then kept in step by its watch: a recognition pass runs on every
 * page mutation and must not wait for a storage read each time. `snapshot` is the entry's early read of the
 * first paint's keys, when it holds the item (no round trip before the first paint).
 */
export function extensionSituationStore(snapshot?: Promise<Record<string, unknown>>): SituationStore {
  let mem: SituationMemory | null = null;
  let loading: Promise<SituationMemory> | null = null;
  const load = () =>
    (loading ??= (snapshot ?? Promise.resolve({}))
      .catch(() => ({}) as Record<string, unknown>)
      .then((s) => situationItem.fromSnapshot(s) ?? situationItem.get())
      .catch(() => ({}) as SituationMemory)
      .then((m) => (mem ??= m)));
  return {
    async get(portal) {
      return (mem ?? (await load()))[portal] ?? null;
    },
    async set(portal, answer) {
      mem = withAnswer(mem ?? (await load()), portal, answer);
      await situationItem.update((m) => withAnswer(m, portal, answer)).catch(() => {});
    },
    watch(cb) {
      try {
        return situationItem.watch((m) => {
          mem = m;
          cb();
        });
      } catch {
        return () => {};
      }
    },
  };
}

/** An in-memory store (the demo page, tests): same behaviour, nothing kept beyond the page. */
export function memorySituationStore(initial: SituationMemory = {}): SituationStore & { memory(): SituationMemory } {
  let mem: SituationMemory = { ...initial };
  const listeners = new Set<() => void>();
  return {
    async get(portal) {
      return mem[portal] ?? null;
    },
    async set(portal, answer) {
      mem = withAnswer(mem, portal, answer);
      for (const l of listeners) l();
    },
    watch(cb) {
      listeners.add(cb);
      return () => void listeners.delete(cb);
    },
    memory: () => mem,
  };
}
