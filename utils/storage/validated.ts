/**
 * WXT storage items whose value is checked with a zod/mini schema on every read. A corrupted, partial or
 * future-version value never throws into the page: `sanitize` keeps what is still valid, else the fallback.
 */
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import * as z from 'zod/mini';
import '../zod-config';

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
}

export function defineValidatedItem<T>(key: StorageItemKey, o: ValidatedItemOptions<T>): ValidatedItem<T> {
  const item = storage.defineItem<unknown>(key, {
    version: o.version,
    migrations: o.migrations,
  });
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
      return parse(await item.getValue());
    } catch {
      return o.fallback;
    }
  };
  return {
    key,
    parse,
    get,
    async set(value) {
      await item.setValue(z.parse(o.schema, value));
    },
    async update(fn) {
      const next = fn(await get());
      await item.setValue(z.parse(o.schema, next));
      return next;
    },
    watch(cb) {
      return item.watch((v) => cb(parse(v)));
    },
  };
}
