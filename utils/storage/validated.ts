/**
 * WXT storage items whose value is checked with a zod/mini schema on every read. A corrupted, partial or
 * future-version value never throws into the page: `sanitize` keeps what is still valid, else the fallback.
 */
import { storage, type StorageItemKey, type WxtStorageItem } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import '../zod-config';
import { storageKeys } from './first-paint';

export interface ValidatedItemOptions<T> {
  schema: z.ZodMiniType<T>;
  fallback: T;
  version: number;
  migrations?: Record<number, (old: unknown) => unknown>;
  /** Salvage a value that failed the schema (e.g. keep the valid entries of a list). */
  sanitize?: (raw: unknown) => T;
}

export interface ValidatedItem<T> {
  key: StorageItemKey;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  update(fn: (v: T) => T): Promise<T>;
  watch(cb: (v: T) => void): () => void;
  parse(raw: unknown): T;
  /** The value from raw `storage.local` values read earlier (value and version keys), or null when the
   * stored version needs a migration first (then `get()`). */
  fromSnapshot(values: Record<string, unknown>): T | null;
}

export function defineValidatedItem<T>(key: StorageItemKey, o: ValidatedItemOptions<T>): ValidatedItem<T> {
  // The WXT item is defined on first use, not when this module is evaluated: defining one starts its
  // migration check (two storage reads). The overlay's first paint reads two items (preferences, language);
  // the others (remembered choices…) are not read on every page, and their reads would queue before it.
  // Migrations still run before any read or write of the item, as WXT guarantees.
  let defined: WxtStorageItem<unknown, Record<string, unknown>> | null = null;
  const wxtItem = () =>
    (defined ??= storage.defineItem<unknown>(key, {
      version: o.version,
      migrations: o.migrations,
    }));
  const parse = (raw: unknown): T => {
    if (raw === null || raw === undefined) return o.fallback;
    const r = z.safeParse(o.schema, raw);
    if (r.success) return r.data;
    try {
      return o.sanitize ? o.sanitize(raw) : o.fallback;
    } catch {
      return o.fallback;
    }
  };
  const get = async () => {
    try {
      return parse(await wxtItem().getValue());
    } catch {
      return o.fallback;
    }
  };
  return {
    key,
    parse,
    get,
    fromSnapshot(values) {
      const [k, metaKey] = storageKeys(key);
      const raw = values[k];
      const meta = values[metaKey] as { v?: unknown } | null | undefined;
      // As WXT decides: a stored value whose version (default 1) is not the item's would be migrated first.
      if (raw !== null && raw !== undefined && (meta?.v ?? 1) !== o.version) return null;
      return parse(raw);
    },
    async set(value) {
      await wxtItem().setValue(z.parse(o.schema, value));
    },
    async update(fn) {
      const next = fn(await get());
      await wxtItem().setValue(z.parse(o.schema, next));
      return next;
    },
    watch(cb) {
      return wxtItem().watch((v) => cb(parse(v)));
    },
  };
}
