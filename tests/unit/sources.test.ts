/**
 * Traceable truth (issue 20): every step, state, journey, FAQ entry, contact and password rule names its source
 * in the data, and every source it cites is a heading of docs/sources.md (`## <id> — <title>`), where the facts
 * relied on are copied in. A source is `<id>` or `<id>:<place>`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTACTS, FAQ } from '@/utils/faq';
import { PORTALS } from '@/utils/portals';

const DOC = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/sources.md'), 'utf8');
const IDS = new Set([...DOC.matchAll(/^## (\S+) — .+$/gm)].map((m) => m[1]));

/** Everything that must name a source: [where, sources]. */
function entries(): [string, readonly string[] | undefined][] {
  const out: [string, readonly string[] | undefined][] = [];
  for (const p of PORTALS) {
    for (const s of p.steps) {
      out.push([`${p.id} step ${s.id}`, s.sources]);
      s.states?.forEach((st, i) => out.push([`${p.id} step ${s.id} state ${st.id} #${i}`, st.sources]));
      s.fronts?.forEach((f, i) => {
        out.push([`${p.id} step ${s.id} front ${f.front} #${i}`, f.sources]);
        f.states?.forEach((st, k) => out.push([`${p.id} step ${s.id} front ${f.front} #${i} state ${st.id} #${k}`, st.sources]));
        if (f.password) out.push([`${p.id} step ${s.id} front ${f.front} #${i} password rule`, f.password.sources]);
      });
    }
    for (const j of p.journeys) out.push([`${p.id} journey ${j.id}`, j.sources]);
    if (p.password) out.push([`${p.id} password rule`, p.password.sources]);
    for (const o of p.obstructions ?? []) out.push([`${p.id} obstruction ${o.id}`, o.sources]);
  }
  for (const f of FAQ) out.push([`faq ${f.id}`, f.sources]);
  for (const c of CONTACTS) out.push([`contact ${c.id}`, c.sources]);
  return out;
}

describe('sources', () => {
  it('docs/sources.md has the five seeds, research sections and « Where the tutorials disagree »', () => {
    for (const id of ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004', 'research-1.3', 'research-5b']) expect(IDS.has(id), id).toBe(true);
    for (const id of IDS) expect(id).toMatch(/^(seed-00[0-4]|research-[0-9]+(\.[0-9]+)?b?|product-[a-z-]+)$/);
    const disagree = DOC.split('## Where the tutorials disagree')[1] ?? '';
    for (const topic of ['Autre public', 'CFA order', 'e-mailed link', 'Occitanie lines', 'EduConnect password rule', '12-character']) {
      expect(disagree, topic).toContain(topic);
    }
  });

  it('every step, state, journey, FAQ entry, contact and password rule names a source', () => {
    const all = entries();
    expect(all.length).toBeGreaterThan(60);
    expect(all.filter(([, s]) => !s?.length).map(([w]) => w)).toEqual([]);
  });

  it('every source cited is a heading of docs/sources.md', () => {
    const bad = entries().flatMap(([w, s]) => (s ?? []).filter((x) => !IDS.has(x.split(':')[0])).map((x) => `${w}: ${x}`));
    expect(bad).toEqual([]);
  });

  it('catches a missing or unknown source (the check is not vacuous)', () => {
    expect(IDS.has('seed-005')).toBe(false);
    expect(IDS.has('research-9.9')).toBe(false);
  });
});
