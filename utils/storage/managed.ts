/**
 * School pre-configuration through managed storage (enterprise policy). An establishment may pre-set its
 * portal, its host, the choice to suggest on the chooser, and its support contact (shown in the popup and
 * in « Je suis bloqué(e) »). Chrome: `public/managed_schema.json` (manifest `storage.managed_schema`);
 * Firefox: a `3rdparty.Extensions["compagnon-ent@compagnon-ent.fr"]` entry in policies.json (see README).
 *
 * `readManagedConfig()` never throws: no policy (Firefox rejects), no API, a malformed policy — all give the
 * empty configuration; each field is checked on its own, so one bad field does not hide the others.
 */
import * as z from 'zod/mini';
import { cleanText } from '../remember/entries';

export interface SupportContact {
  name?: string;
  email?: string;
  phone?: string;
  hours?: string;
}

export interface ManagedConfig {
  /** Portal id the establishment uses (`netocentre`, `mon-ent-occitanie`…). */
  portal?: string;
  /** The establishment's portal host (`lycees.netocentre.fr`, `jean-moulin.mon-ent-occitanie.fr`). */
  establishment?: string;
  /** The choice to suggest on the chooser: its stable value (idpId, radio value…) and optional label. */
  suggested?: { value: string; label?: string };
  support?: SupportContact;
}

export const EMPTY_MANAGED: ManagedConfig = Object.freeze({}) as ManagedConfig;

const Short = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const PortalId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const Host = z.string().check(z.maxLength(253), z.regex(/^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/i));
const Email = z.string().check(z.maxLength(200), z.regex(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/));
const Phone = z.string().check(z.maxLength(40), z.regex(/^[+0-9 ().-]{4,40}$/));

function field<T>(schema: z.ZodMiniType<T>, v: unknown): T | undefined {
  const r = z.safeParse(schema, typeof v === 'string' ? v.trim() : v);
  return r.success ? r.data : undefined;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Validate a raw policy object field by field (unknown keys ignored). */
export function parseManaged(raw: unknown): ManagedConfig {
  if (!isObj(raw)) return EMPTY_MANAGED;
  const out: ManagedConfig = {};
  const portal = field(PortalId, raw.portal);
  if (portal) out.portal = portal;
  const est = field(Host, raw.establishment);
  if (est) out.establishment = est.toLowerCase();
  const sug = raw.suggestedChoice ?? raw.suggested;
  if (isObj(sug)) {
    const value = field(Short(200), sug.value);
    const label = field(Short(120), sug.label);
    if (value) out.suggested = label ? { value, label: cleanText(label, 120) } : { value };
  } else if (typeof sug === 'string') {
    const value = field(Short(200), sug);
    if (value) out.suggested = { value };
  }
  if (isObj(raw.support)) {
    const s = raw.support;
    const support: SupportContact = {};
    const name = field(Short(120), s.name);
    if (name) support.name = cleanText(name, 120);
    const email = field(Email, s.email);
    if (email) support.email = email;
    const phone = field(Phone, s.phone);
    if (phone) support.phone = phone;
    const hours = field(Short(160), s.hours);
    if (hours) support.hours = cleanText(hours, 160);
    if (Object.keys(support).length) out.support = support;
  }
  return out;
}

interface ManagedArea {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
}

function managedArea(): ManagedArea | null {
  try {
    const g = globalThis as { browser?: { storage?: { managed?: ManagedArea } } };
    return g.browser?.storage?.managed ?? null;
  } catch {
    return null;
  }
}

/**
 * How long a page that has already rendered waits for managed storage before it settles on "no school
 * configuration": Chromium answers the first reads after a browser start only once its policy service is up,
 * seconds later (bench/README.md « Popup »). Pages never wait for it before their first paint.
 */
export const MANAGED_LATE_MS = 10_000;

/**
 * The establishment's managed configuration, validated. Never throws, never waits more than `timeoutMs`
 * (some engines leave the promise pending without a policy).
 */
export async function readManagedConfig(timeoutMs = 1500): Promise<ManagedConfig> {
  const area = managedArea();
  if (!area) return EMPTY_MANAGED;
  try {
    const raw = await Promise.race([
      Promise.resolve().then(() => area.get(null)),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
    ]);
    return parseManaged(raw);
  } catch {
    return EMPTY_MANAGED;
  }
}

/** True when the configuration holds nothing. */
export function isEmptyManaged(c: ManagedConfig): boolean {
  return !c.portal && !c.establishment && !c.suggested && !c.support;
}
