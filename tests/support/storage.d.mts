/** Runs a self-contained function in an extension context (service worker or extension page). */
export interface StorageAdapter {
  run<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
}
export function reset(x: StorageAdapter, o?: { lang?: string }): Promise<void>;
export function setLanguage(x: StorageAdapter, lang: string): Promise<void>;
export function setChoices(x: StorageAdapter, entries: unknown[]): Promise<void>;
export function set(x: StorageAdapter, items: Record<string, unknown>): Promise<void>;
export function remove(x: StorageAdapter, key: string): Promise<void>;
export function local(x: StorageAdapter): Promise<Record<string, any>>;
export function dumpAll(x: StorageAdapter): Promise<string>;
