/**
 * The content script is built once per group of portals that share a host (modules/content-entries.ts): a page
 * of an ENT host then carries the recognition data of the portals that can be on it, not every portal's.
 * Portals are in one group when a host can belong to both (RECIA's CAS serves Net O'Centre and Touraine
 * e-school); the groups are derived from the portals' hosts, so a new portal needs no line here.
 * Why: docs/decisions/content-entry.md.
 */
import { hostInGroup } from '../recognize';
import type { HostGroup, PortalDef, PortalId } from './types';

export interface EntryGroup {
  /** The built script's name: `content-scripts/<name>.js`. */
  name: string;
  /** The group's portals, in the registry's order (it decides between portals on a shared host). */
  portals: PortalId[];
  /** The manifest match patterns of the group's hosts. */
  matches: string[];
}

/** Manifest match patterns of one host group. */
export function patternsOf(g: HostGroup): string[] {
  return [...(g.exact ?? []).map((h) => `https://${h}/*`), ...(g.suffix ?? []).map((s) => `https://*.${s}/*`)];
}

type Hosted = Pick<PortalDef, 'id' | 'hosts'>;

/** Manifest match patterns for every host of these portals, sorted, each once. */
export function matchesOf(portals: readonly Pick<PortalDef, 'hosts'>[]): string[] {
  return [...new Set(portals.flatMap((p) => Object.values(p.hosts).flatMap(patternsOf)))].sort();
}

/** Can one host belong to both groups? Exact hosts are tried against the other group; two suffixes overlap when
 * one is the other or lies under it (exceptions aside: a shared suffix is a shared host in general). */
function overlap(a: HostGroup, b: HostGroup): boolean {
  const under = (s: string, t: string) => s === t || s.endsWith(`.${t}`);
  return (
    (a.exact ?? []).some((h) => hostInGroup(h, b)) ||
    (b.exact ?? []).some((h) => hostInGroup(h, a)) ||
    (a.suffix ?? []).some((s) => (b.suffix ?? []).some((t) => under(s, t) || under(t, s)))
  );
}

function share(p: Hosted, q: Hosted): boolean {
  return Object.values(p.hosts).some((a) => Object.values(q.hosts).some((b) => overlap(a, b)));
}

/** The portals grouped by shared hosts (connected groups), each named after its first id in alphabetical order. */
export function entryGroups(portals: readonly Hosted[]): EntryGroup[] {
  const group = portals.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i])));
  portals.forEach((p, i) => portals.forEach((q, j) => j > i && share(p, q) && (group[root(j)] = root(i))));
  const roots = [...new Set(portals.map((_, i) => root(i)))];
  return roots.map((r) => {
    const members = portals.filter((_, i) => root(i) === r);
    const ids = members.map((p) => p.id);
    return {
      name: `content-${[...ids].sort()[0]}`,
      portals: ids,
      matches: matchesOf(members),
    };
  });
}
