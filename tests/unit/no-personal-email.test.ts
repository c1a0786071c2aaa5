/**
 * No one's personal data in the product (issue 20): no e-mail address of a person and none of a single school
 * in what ships (locales, utils, components, entrypoints). Only role mailboxes of official services may appear,
 * each listed below with the page it comes from; today there is none. The school's own contact comes from
 * managed storage at run time (README), never from the code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTACTS } from '@/utils/faq';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIRS = ['locales', 'utils', 'components', 'entrypoints', 'public'];
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** Role mailboxes of official services (e.g. a national helpdesk), with where they are published. None yet. */
const OFFICIAL_ROLE_MAILBOXES: Readonly<Record<string, string>> = {};
/** Not mailboxes: the Firefox add-on id (wxt.config.ts GECKO_ID) has the form of an address. */
const NOT_MAILBOXES = new Set(['compagnon-ent@compagnon-ent.fr']);
/** Reserved example domains (RFC 2606, RFC 6761) reach no one. */
const RESERVED = /(^|\.)(example\.(org|com|net)|example|test|invalid|localhost)$/i;

function files(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|js|mjs|yml|yaml|json|html|css)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** A personal or single-school mailbox: `prenom.nom@…`, or an académie's `ce.<UAI>@ac-…` establishment box. */
export function looksPersonalOrSchool(address: string): boolean {
  const [local, domain] = address.toLowerCase().split('@');
  return /^ce\.\d{7}[a-z]@/.test(`${local}@`) || /^[a-z-]+\.[a-z-]+$/.test(local) || /(^|\.)ac-[a-z-]+\.fr$/.test(domain) && /\d/.test(local);
}

describe('no personal e-mail address in the product', () => {
  const found = DIRS.flatMap(files).flatMap((f) =>
    [...fs.readFileSync(f, 'utf8').matchAll(EMAIL)].map((m) => ({ file: path.relative(ROOT, f), address: m[0] })),
  );

  it('every address found is a listed role mailbox of an official service (or not a mailbox at all)', () => {
    const bad = found.filter(
      ({ address }) => !NOT_MAILBOXES.has(address) && !RESERVED.test(address.split('@')[1]) && !(address in OFFICIAL_ROLE_MAILBOXES),
    );
    expect(bad).toEqual([]);
  });

  it('the listed role mailboxes are not a person\'s nor one school\'s', () => {
    for (const a of Object.keys(OFFICIAL_ROLE_MAILBOXES)) expect(looksPersonalOrSchool(a), a).toBe(false);
    // The kinds the tutorials print (a collège's box, staff members' boxes) are recognised as such.
    expect(looksPersonalOrSchool('ce.0371122u@ac-orleans-tours.fr')).toBe(true);
    expect(looksPersonalOrSchool('prenom.nom@orleans-metropole.fr')).toBe(true);
  });

  it('the popup contacts hold no address: the school, then the official help of each ENT and of EduConnect', () => {
    expect(CONTACTS[0].id).toBe('school');
    expect(JSON.stringify(CONTACTS)).not.toMatch(EMAIL);
    expect(CONTACTS.flatMap((c) => c.portals ?? []).sort()).toEqual(['educonnect', 'mon-ent-occitanie', 'netocentre', 'touraine-eschool']);
  });
});
