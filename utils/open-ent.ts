/**
 * « Ouvrir mon ENT » (popup): every portal's official address, the family's own portal first. The family's
 * portal is the one of its most recent remembered choice (utils/storage/choices.ts), else the one the school
 * set in managed storage (utils/storage/managed.ts). A remembered establishment host (`lycees.netocentre.fr`,
 * `jean-moulin.mon-ent-occitanie.fr`) is used only when the portal data names it an ENT host, so every link
 * passes the same official-site check as the popup (utils/official/check.ts); else the portal's officialUrl.
 */
import type { ChoiceEntry } from './remember/entries';
import type { ManagedConfig } from './storage/managed';
import { PORTALS } from './portals';
import type { PortalDef, PortalId } from './portals/types';
import { hostInGroup } from './recognize';

export interface OpenEntLink {
  portal: PortalId;
  name: string;
  url: string;
  /** The family's own portal (remembered choice or school setting). */
  mine: boolean;
}

/** `https://<host>/` when the host is one of the portal's ENT (portal-group) hosts, else null. */
function establishmentUrl(p: PortalDef, host: string | undefined): string | null {
  const g = p.hosts.portal;
  if (!host || !g || !hostInGroup(host.toLowerCase(), g)) return null;
  return `https://${host.toLowerCase()}/`;
}

export function openEntLinks(
  choices: readonly Pick<ChoiceEntry, 'portal' | 'establishment' | 'lastUsed'>[],
  managed: Pick<ManagedConfig, 'portal' | 'establishment'>,
  portals: readonly PortalDef[] = PORTALS,
): OpenEntLink[] {
  const recent = [...choices].sort((a, b) => b.lastUsed - a.lastUsed).find((c) => portals.some((p) => p.id === c.portal));
  const mine = recent
    ? { portal: recent.portal, host: recent.establishment }
    : managed.portal && portals.some((p) => p.id === managed.portal)
      ? { portal: managed.portal, host: managed.establishment }
      : null;
  const links = portals.map((p) => ({
    portal: p.id,
    name: p.name,
    url: (mine?.portal === p.id && establishmentUrl(p, mine.host)) || p.officialUrl,
    mine: mine?.portal === p.id,
  }));
  return [...links.filter((l) => l.mine), ...links.filter((l) => !l.mine)];
}
