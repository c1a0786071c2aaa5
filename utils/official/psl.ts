/**
 * The little of the public-suffix list the official-site check needs (utils/official/check.ts): which right-hand
 * labels of a host are its public suffix, the label before it, and whether the host is an IP address. Same
 * answers as `tldts.parse(host)` with its defaults (ICANN section, hostname validation, IP detection) for every
 * host whose answer can change a verdict; the rules come from `tables.generated.ts`, reduced at build time to
 * those (scripts/official-tables.mjs; why it is enough: docs/decisions/official-check-data.md).
 */
import { SUFFIX_EXCEPTIONS, SUFFIX_RULES, SUFFIX_WILDCARDS } from './tables.generated';

export interface HostInfo {
  isIp: boolean;
  /** The public suffix (`gouv.fr`), null for an IP address or an invalid host name. */
  publicSuffix: string | null;
  /** The registrable name without its suffix (`education` in `www.education.gouv.fr`), or null. */
  domainWithoutSuffix: string | null;
}

const rules = new Set(SUFFIX_RULES);
const wildcards = new Set(SUFFIX_WILDCARDS);
const exceptions = new Set(SUFFIX_EXCEPTIONS);

function isIpv4(h: string): boolean {
  return h.length >= 7 && h.length <= 15 && /^[0-9]+(?:\.[0-9]+){3}$/.test(h);
}

function isIpv6(h: string): boolean {
  if (h.length < 3) return h === '::';
  const inner = h.replace(/^\[/, '').replace(/\]$/, '');
  return inner.length <= 39 && /^[0-9a-f:]*$/i.test(inner) && inner.includes(':');
}

const okChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127;

/** tldts's shallow check of a host name (tldts-core is-valid): labels of at most 63 characters made of a–z,
 * 0–9, `-`, `_` and non-ASCII, no empty label, no label starting or ending with `-`. */
function isValidHost(h: string): boolean {
  if (h.length === 0 || h.length > 255) return false;
  const first = h.charCodeAt(0);
  if (!okChar(first) && first !== 46 && first !== 95) return false;
  let lastDot = -1;
  let last = -1;
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (c === 46) {
      if (i - lastDot > 64 || last === 46 || last === 45) return false;
      lastDot = i;
    } else if (!(okChar(c) || c === 45 || c === 95) || (c === 45 && last === 46)) {
      return false;
    }
    last = c;
  }
  return h.length - lastDot - 1 <= 63 && last !== 45;
}

/** The public suffix of a valid host: an exception rule strips its left label, else the longest rule (a
 * wildcard rule matches any one label), else the last label. */
function suffixOf(host: string): string {
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const name = labels.slice(i).join('.');
    if (exceptions.has(name)) return labels.slice(i + 1).join('.');
    if (rules.has(name)) return name;
    if (i + 1 < labels.length && wildcards.has(labels.slice(i + 1).join('.')) && labels[i] !== '') return name;
  }
  return labels[labels.length - 1];
}

/** `tldts.parse(host)`'s isIp, publicSuffix and domainWithoutSuffix for a lower-case host name. */
export function parseHost(host: string): HostInfo {
  if (isIpv6(host) || isIpv4(host)) return { isIp: true, publicSuffix: null, domainWithoutSuffix: null };
  if (!isValidHost(host)) return { isIp: false, publicSuffix: null, domainWithoutSuffix: null };
  const publicSuffix = suffixOf(host);
  const rest = host.slice(0, host.length - publicSuffix.length);
  const domainWithoutSuffix = rest ? (rest.slice(0, -1).split('.').pop() ?? null) : null;
  return { isIp: false, publicSuffix, domainWithoutSuffix };
}
