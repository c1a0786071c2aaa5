/**
 * Remembered choices, pure logic: the entry shape, recording a choice (most recent first, one entry per
 * portal + establishment + value, at most 10), and cleaning any text before it is kept.
 * No personal data: an entry holds a portal id, a host name, the portal's own value and label of a tile,
 * radio or button (« Élève ou parent »), a date, and what the user typed as its name in the options page.
 */

export const MAX_ENTRIES = 10;
export const MAX_LABEL = 120;
export const MAX_NAME = 80;
export const MAX_VALUE = 200;
export const MAX_HOST = 253;

export interface ChoiceEntry {
  /** Portal id (`netocentre`, `educonnect`…). */
  portal: string;
  /** Establishment host: where the CAS `service` parameter points, or the chooser page's own host. */
  establishment: string;
  /** The choice's stable value (idpId, the radio's `value`, the profile button's id). */
  value: string;
  /** The portal's label of the choice, as shown on the page. */
  label: string;
  /** When it was last used (ms since epoch). */
  lastUsed: number;
  /** Opt-in: make this choice on arrival after a visible 3-second countdown. */
  auto: boolean;
  /** The family's own name for it ("Lucas — collège Jean Moulin"), set in the options page. */
  name?: string;
}

export type NewChoice = Pick<ChoiceEntry, 'portal' | 'establishment' | 'value' | 'label'>;

/** Collapse white space, drop control characters, cut to `max` characters. */
export function cleanText(s: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const out = s.slice(0, max * 4).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return out.length > max ? `${out.slice(0, max - 1).trimEnd()}…` : out;
}

export function sameChoice(a: NewChoice, b: NewChoice): boolean {
  return a.portal === b.portal && a.establishment === b.establishment && a.value === b.value;
}

/** Most recent first; equal dates keep their order (the sort is stable). */
export function sortEntries(list: readonly ChoiceEntry[]): ChoiceEntry[] {
  return [...list].sort((a, b) => b.lastUsed - a.lastUsed);
}

/** Keep one entry per (portal, establishment, value) — the most recent — sorted, at most `MAX_ENTRIES`. */
export function normalizeEntries(list: readonly ChoiceEntry[]): ChoiceEntry[] {
  const out: ChoiceEntry[] = [];
  for (const e of sortEntries(list)) {
    if (out.some((o) => sameChoice(o, e))) continue;
    out.push(e);
    if (out.length >= MAX_ENTRIES) break;
  }
  return out;
}

/**
 * Record a choice the user just made: it moves to the top with the new date and the page's current label;
 * the family's name for it and its auto-choice setting are kept. The oldest entries beyond 10 are dropped.
 */
export function recordChoice(list: readonly ChoiceEntry[], choice: NewChoice, now: number): ChoiceEntry[] {
  const c: NewChoice = {
    portal: cleanText(choice.portal, 40),
    establishment: cleanText(choice.establishment, MAX_HOST).toLowerCase(),
    value: cleanText(choice.value, MAX_VALUE),
    label: cleanText(choice.label, MAX_LABEL),
  };
  if (!c.portal || !c.establishment || !c.value) return normalizeEntries(list);
  const old = list.find((e) => sameChoice(e, c));
  const entry: ChoiceEntry = {
    ...c,
    label: c.label || old?.label || c.value,
    lastUsed: now,
    auto: old?.auto ?? false,
    ...(old?.name ? { name: old.name } : {}),
  };
  return normalizeEntries([entry, ...list.filter((e) => !sameChoice(e, c))]);
}

export function forgetEntry(list: readonly ChoiceEntry[], target: NewChoice): ChoiceEntry[] {
  return list.filter((e) => !sameChoice(e, target));
}

export function renameEntry(list: readonly ChoiceEntry[], target: NewChoice, name: string): ChoiceEntry[] {
  const n = cleanText(name, MAX_NAME);
  return list.map((e) => {
    if (!sameChoice(e, target)) return e;
    const { name: _old, ...rest } = e;
    return n ? { ...rest, name: n } : rest;
  });
}

/** Turn auto-choice on or off for one entry. Only one entry per portal + establishment can be automatic. */
export function setAuto(list: readonly ChoiceEntry[], target: NewChoice, auto: boolean): ChoiceEntry[] {
  return list.map((e) => {
    if (sameChoice(e, target)) return { ...e, auto };
    if (auto && e.portal === target.portal && e.establishment === target.establishment) return { ...e, auto: false };
    return e;
  });
}
