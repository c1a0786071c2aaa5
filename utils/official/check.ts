/**
 * "Is this the official site?" — a pure check of a page address against the portals' official hosts
 * (utils/portals/*: the same host data the content script matches). Three outcomes:
 * - `official`: an ENT or EduConnect host of the portal data (or a subdomain of an official domain);
 * - `lookalike`: not official, but the name imitates one — a typo (edit distance), look-alike characters
 *   (IDN / punycode homographs, 0 for o, 1 for l), or an official name inside another domain
 *   (`mon-ent-occitanie.fr.example.net`, `lycees-netocentre.fr`). The family must not type a password there;
 *   `officialUrl` is the real address to use;
 * - `unrelated`: any other page.
 *
 * Used by the popup only (its tables and fastest-levenshtein are not in the content script). The look-alike
 * characters and public suffixes are the `confusables` and `tldts` packages' data reduced at build time to what
 * can change a verdict (./tables.generated.ts; docs/decisions/official-check-data.md).
 */
import { distance } from 'fastest-levenshtein';
import { removeConfusables as remove } from './confusables';
import { parseHost as parse } from './psl';
import { PORTALS } from '../portals';
import type { HostGroup, PortalDef, PortalId } from '../portals/types';
import { hostInGroup, resolvePortal } from '../recognize';
import { hostToUnicode } from './punycode';

export type LookalikeReason = 'homoglyph' | 'typo' | 'embedded';

export type SiteCheck =
  | { kind: 'official'; portal: PortalId; host: string }
  | {
      kind: 'lookalike';
      /** The portal the address imitates. */
      portal: PortalId;
      host: string;
      /** The host as a person reads it (IDN labels decoded). */
      display: string;
      reason: LookalikeReason;
      /** The official address to use instead (portal data). */
      officialUrl: string;
      /** The official host or name it was mistaken for. */
      imitates: string;
    }
  | { kind: 'unrelated'; host: string | null };

/** Host labels that name a role or a place, not a portal: never a brand to imitate on their own. */
const GENERIC = new Set([
  'www', 'ent', 'cas', 'auth', 'secure', 'lycees', 'lycee', 'cfa', 'moncompte', 'teleservices', 'education',
  'portail', 'college', 'colleges', 'e-college', 'mon-e-college', 'colleges41', 'loiret', 'indre',
]);

interface Brand {
  /** The name as written in the official host (`mon-ent-occitanie`). */
  name: string;
  /** Same without dots and hyphens (`monentoccitanie`), to see it inside other names. */
  compact: string;
  portal: PortalDef;
}

interface Official {
  host: string;
  portal: PortalDef;
}

const compact = (s: string) => s.replace(/[.\-_]/g, '');

function groupHosts(g: HostGroup): string[] {
  return [...(g.exact ?? []), ...(g.suffix ?? [])];
}

/** Official host names and brand names of the portal data (cached per portal list). */
function tables(portals: readonly PortalDef[]): { officials: Official[]; brands: Brand[] } {
  const cached = cache.get(portals);
  if (cached) return cached;
  const officials: Official[] = [];
  const brands = new Map<string, Brand>();
  for (const p of portals) {
    for (const g of Object.values(p.hosts)) {
      for (const host of groupHosts(g)) {
        officials.push({ host, portal: p });
        const info = parse(host);
        const suffixLabels = (info.publicSuffix ?? '').split('.').length;
        const labels = host.split('.').slice(0, -suffixLabels);
        for (const name of labels) {
          // Short names (`recia`) sit inside ordinary words (`grecia`): only the full host is compared for them.
          if (name.length < 6 || GENERIC.has(name)) continue;
          const prev = brands.get(name);
          // A name shared by several portals (the RECIA CAS) goes to the one that owns its hosts outright.
          if (!prev || (prev.portal.claimsSharedHostsByServiceOnly && !p.claimsSharedHostsByServiceOnly)) {
            brands.set(name, { name, compact: compact(name), portal: p });
          }
        }
      }
    }
  }
  const t = { officials, brands: [...brands.values()] };
  cache.set(portals, t);
  return t;
}
const cache = new WeakMap<readonly PortalDef[], ReturnType<typeof tables>>();

/** Edit distance allowed for a name of this length: 2 from 9 characters, 1 from 5, else none. */
export function allowedDistance(len: number): number {
  return len >= 9 ? 2 : len >= 5 ? 1 : 0;
}

/** The host as a reader sees it: IDN decoded, look-alike letters folded to Latin, accents removed. */
export function skeleton(host: string): string {
  return remove(hostToUnicode(host))
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Digits read as letters (0 → o, 1 → l…), for names like `net0centre`. */
function digitsAsLetters(s: string): string {
  return s.replace(/[013457]/g, (d) => ({ '0': 'o', '1': 'l', '3': 'e', '4': 'a', '5': 's', '7': 't' })[d] ?? d);
}

function officialPortal(host: string, portals: readonly PortalDef[]): PortalDef | null {
  try {
    return resolvePortal(new URL(`https://${host}/`), null, portals);
  } catch {
    return null;
  }
}

function isOfficialHost(host: string, portals: readonly PortalDef[]): boolean {
  return portals.some((p) => Object.values(p.hosts).some((g) => hostInGroup(host, g)));
}

/** Clean a host: lower case, no trailing dot, no port. Returns null for what is not a host name. */
export function cleanHost(input: string): string | null {
  let h = input.trim().toLowerCase();
  if (!h) return null;
  if (h.includes('/') || h.includes(':')) {
    try {
      h = new URL(h.includes('://') ? h : `https://${h}`).hostname;
    } catch {
      return null;
    }
  } else {
    try {
      h = new URL(`https://${h}/`).hostname; // punycode-encodes Unicode input like the address bar does
    } catch {
      return null;
    }
  }
  return h.replace(/\.$/, '') || null;
}

/** Check a host name (or an address) against the official hosts of the portal data. */
export function checkHost(input: string, portals: readonly PortalDef[] = PORTALS): SiteCheck {
  const host = cleanHost(input);
  if (!host) return { kind: 'unrelated', host: null };
  const official = officialPortal(host, portals);
  if (official) return { kind: 'official', portal: official.id, host };

  const info = parse(host);
  if (info.isIp || !host.includes('.')) return { kind: 'unrelated', host };
  const { officials, brands } = tables(portals);
  const display = hostToUnicode(host);
  const skel = skeleton(host);
  const variants = [...new Set([skel, digitsAsLetters(skel)])];
  const lookalike = (portal: PortalDef, reason: LookalikeReason, imitates: string): SiteCheck => ({
    kind: 'lookalike',
    portal: portal.id,
    host,
    display,
    reason,
    officialUrl: portal.officialUrl,
    imitates,
  });

  // 1. Look-alike characters: once folded, the name IS an official one.
  for (const v of variants) {
    if (v !== host && isOfficialHost(v, portals)) {
      const p = officialPortal(v, portals);
      if (p) return lookalike(p, 'homoglyph', v);
    }
  }
  // 2. An official name inside another domain (`netocentre.fr.example.net`, `lycees-netocentre.fr`).
  for (const v of variants) {
    const c = compact(v);
    const b = brands.find((x) => c.includes(x.compact));
    if (b) return lookalike(b.portal, v === skel && skel === host ? 'embedded' : 'homoglyph', b.name);
  }
  // 3. A typo: one or two letters away from an official host or portal name.
  for (const v of variants) {
    for (const o of officials) {
      const d = distance(v, o.host);
      // A shared host (the RECIA CAS) belongs to the portal that owns it outright.
      if (d > 0 && d <= allowedDistance(o.host.length)) return lookalike(officialPortal(o.host, portals) ?? o.portal, 'typo', o.host);
    }
    const vInfo = parse(v);
    const suffixLabels = (vInfo.publicSuffix ?? '').split('.').length;
    const labels = v.split('.').slice(0, Math.max(1, v.split('.').length - suffixLabels));
    const names = [...labels, ...(vInfo.domainWithoutSuffix ? [vInfo.domainWithoutSuffix] : [])];
    for (const name of names) {
      for (const b of brands) {
        const d = Math.min(distance(name, b.name), distance(compact(name), b.compact));
        if (d > 0 && d <= allowedDistance(b.name.length)) return lookalike(b.portal, 'typo', b.name);
      }
    }
  }
  return { kind: 'unrelated', host };
}

/** Check a page address: only web pages (http/https) can be ENT pages. */
export function checkUrl(url: string | undefined | null, portals: readonly PortalDef[] = PORTALS): SiteCheck {
  if (!url) return { kind: 'unrelated', host: null };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { kind: 'unrelated', host: null };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { kind: 'unrelated', host: null };
  const r = checkHost(u.hostname, portals);
  if (r.kind !== 'official') return r;
  // On a shared host (the RECIA CAS) the `service` parameter tells which portal the page belongs to.
  const p = resolvePortal(u, null, portals);
  return p ? { ...r, portal: p.id } : r;
}
