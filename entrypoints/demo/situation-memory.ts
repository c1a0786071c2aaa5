/**
 * The family's situation in the demonstration: in memory only, never the family's real answers (the demo runs
 * in the extension's own page, whose storage is the family's). Choosing a journey answers for the family: its
 * letter is the journey's name, so the overlay shows that road and asks nothing.
 */
import type { DemoJourney } from '@/utils/demo/plan';
import type { PortalId } from '@/utils/portals/types';
import type { SituationAnswer, SituationStore } from '@/overlay/situation-store';
import type { SituationMemory } from '@/utils/situation';

export class MemorySituations implements SituationStore {
  private mem: SituationMemory;
  private readonly listeners = new Set<() => void>();
  constructor(start: SituationMemory = {}) {
    this.mem = clone(start);
  }
  /** The answer now (the demo's recogniser is synchronous). */
  peek(portal: PortalId): SituationAnswer | null {
    const a = this.mem[portal];
    return a ? { ...a } : null;
  }
  async get(portal: PortalId): Promise<SituationAnswer | null> {
    return this.peek(portal);
  }
  async set(portal: PortalId, answer: SituationAnswer | null): Promise<void> {
    const next = { ...this.mem };
    if (answer) next[portal] = { ...answer };
    else delete next[portal];
    this.replace(next);
  }
  /** Answer for every portal at once (the presenter chose a journey, or moved to another page of it). */
  replace(mem: SituationMemory): void {
    this.mem = clone(mem);
    for (const cb of [...this.listeners]) cb();
  }
  watch(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
}

function clone(m: SituationMemory): SituationMemory {
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, { ...v }])) as SituationMemory;
}

/**
 * What the family on this page of the journey has answered, for every portal the journey goes through (on
 * EduConnect the answer given on the ENT applies): the step's situation and the journey's académie.
 */
export function journeyAnswers(journey: Pick<DemoJourney, 'steps' | 'academie' | 'owner'>, index: number): SituationMemory {
  const step = journey.steps[index] ?? journey.steps[0];
  if (!step) return {};
  const answer: SituationAnswer = { situation: step.situation, ...(journey.academie ? { academie: journey.academie } : {}) };
  const portals = new Set<PortalId>([journey.owner, ...journey.steps.map((s) => s.portal)]);
  return Object.fromEntries([...portals].map((p) => [p, { ...answer }])) as SituationMemory;
}
