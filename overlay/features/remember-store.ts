/**
 * What the overlay's features know from storage, one copy per content script: the remembered choices (read
 * once, then kept in step by the storage watch and by our own writes), the school's pre-configuration (read
 * once), and the pages on which the automatic choice has had its one chance.
 */
import { useEffect, useState } from 'preact/hooks';
import { type ChoiceEntry, recordChoice } from '@/utils/remember/entries';
import { choicesItem } from '@/utils/storage/choices';
import { EMPTY_MANAGED, type ManagedConfig, readManagedConfig } from '@/utils/storage/managed';
import type { ValidatedItem } from '@/utils/storage/validated';

export type NewChoice = Pick<ChoiceEntry, 'portal' | 'establishment' | 'value' | 'label'>;
type Listener = (list: ChoiceEntry[]) => void;

export class ChoicesStore {
  private list: ChoiceEntry[] | null = null;
  private loading: Promise<ChoiceEntry[]> | null = null;
  private unwatch: (() => void) | null = null;
  private readonly listeners = new Set<Listener>();
  /** Documents in which an automatic choice already ran or was cancelled (once per page). */
  private autoDone = new WeakSet<Document>();

  constructor(
    private readonly item: Pick<ValidatedItem<ChoiceEntry[]>, 'get' | 'set' | 'watch' | 'parse'>,
    private readonly now: () => number = Date.now,
  ) {}

  /** The list as last known; null until the first read has answered. */
  get(): ChoiceEntry[] | null {
    return this.list;
  }

  /** Read storage once (an unreadable area counts as empty) and follow its changes from then on. */
  load(): Promise<ChoiceEntry[]> {
    this.loading ??= this.item
      .get()
      .catch(() => [])
      .then((v) => (this.list = v));
    if (!this.unwatch) {
      try {
        this.unwatch = this.item.watch((v) => this.publish(v));
      } catch {
        this.unwatch = () => {};
      }
    }
    return this.loading;
  }

  /** Replace the list: listeners hear it at once, storage is written without waiting. */
  set(next: ChoiceEntry[]): void {
    this.publish(next);
    void this.item.set(next).catch(() => {});
  }

  /** Record the user's pick. From the known list when there is one: the click may be navigating away, so no
   * read round trip first. */
  record(c: NewChoice): void {
    // parse: anything the schema would refuse (an odd host name) is dropped before it is kept or written
    const write = (list: ChoiceEntry[]) => this.set(this.item.parse(recordChoice(list, c, this.now())));
    if (this.list) write(this.list);
    else void this.load().then(write);
  }

  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  /** Whether this page already had its automatic choice (made or cancelled), and marking that it has. */
  autoHandled(doc: Document): boolean {
    return this.autoDone.has(doc);
  }
  markAutoHandled(doc: Document): void {
    this.autoDone.add(doc);
  }

  /** Back to a fresh content script (tests). */
  reset(): void {
    this.unwatch?.();
    this.unwatch = null;
    this.list = null;
    this.loading = null;
    this.listeners.clear();
    this.autoDone = new WeakSet();
  }

  private publish(list: ChoiceEntry[]): void {
    this.list = list;
    this.listeners.forEach((l) => l(list));
  }
}

/** The school's pre-configuration, read once (policies do not change while a page is open). */
export class ManagedStore {
  private reading: Promise<ManagedConfig> | null = null;
  constructor(private readonly read: () => Promise<ManagedConfig> = readManagedConfig) {}
  load(): Promise<ManagedConfig> {
    return (this.reading ??= this.read().catch(() => EMPTY_MANAGED));
  }
  reset(): void {
    this.reading = null;
  }
}

export const choicesStore = new ChoicesStore(choicesItem);
export const managedStore = new ManagedStore();

/** The remembered choices, re-rendering on every change; null while the first read is pending. */
export function useChoices(store: ChoicesStore = choicesStore): ChoiceEntry[] | null {
  const [v, setV] = useState<ChoiceEntry[] | null>(store.get());
  useEffect(() => {
    let live = true;
    const off = store.subscribe(setV);
    void store.load().then((x) => live && setV(x));
    return () => {
      live = false;
      off();
    };
  }, [store]);
  return v;
}

/** The school's pre-configuration; empty until read. */
export function useManaged(store: ManagedStore = managedStore): ManagedConfig {
  const [m, setM] = useState<ManagedConfig>(EMPTY_MANAGED);
  useEffect(() => {
    let live = true;
    void store.load().then((x) => live && setM(x));
    return () => {
      live = false;
    };
  }, [store]);
  return m;
}
