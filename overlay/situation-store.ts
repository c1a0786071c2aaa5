/**
 * Where the overlay keeps the family's answer to « which letter do you have? », per portal (ids only). The
 * content script uses the extension's storage (utils/storage/situation.ts); the demo and the tests hand the
 * controller an in-memory one.
 */
import type { PortalId } from '@/utils/portals/types';
import type { RememberedSituation } from '@/utils/situation';
import { situationsFromSnapshot } from '@/utils/storage/first-paint';
import type { situationItem } from '@/utils/storage/situation';
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

/** The zod-checked storage item (utils/storage/situation.ts), loaded when asked: `now` when the first paint
 * waits for it (the content script's later chunk, docs/decisions/first-card.md). */
export type LoadItem<T> = (now?: boolean) => Promise<T>;

/**
 * The extension's storage, read once and then kept in step by its watch: a recognition pass runs on every
 * page mutation and must not wait for a storage read each time. `snapshot` is the entry's early read of the
 * first paint's keys, when it holds the item (no round trip before the first paint, and no zod: the item is
 * loaded only for what the snapshot cannot answer, for writes, and for its watch).
 */
export function extensionSituationStore(
  snapshot: Promise<Record<string, unknown>> | undefined,
  item: LoadItem<typeof situationItem>,
): SituationStore {
  let mem: SituationMemory | null = null;
  let loading: Promise<SituationMemory> | null = null;
  const load = () =>
    (loading ??= (snapshot ?? Promise.resolve({}))
      .catch(() => ({}) as Record<string, unknown>)
      .then((s) => situationsFromSnapshot(s) ?? item(true).then((i) => i.get()))
      .catch(() => ({}) as SituationMemory)
      .then((m) => (mem ??= m)));
  return {
    async get(portal) {
      return (mem ?? (await load()))[portal] ?? null;
    },
    async set(portal, answer) {
      mem = withAnswer(mem ?? (await load()), portal, answer);
      await item()
        .then((i) => i.update((m) => withAnswer(m, portal, answer)))
        .catch(() => {});
    },
    watch(cb) {
      let off: (() => void) | null = null;
      let stopped = false;
      void item()
        .then((i) => {
          if (!stopped) {
            off = i.watch((m) => {
              mem = m;
              cb();
            });
          }
        })
        .catch(() => {});
      return () => {
        stopped = true;
        off?.();
      };
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
