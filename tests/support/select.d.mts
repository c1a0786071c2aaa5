import type { Fixture } from './fixtures.mjs';
export function negatives(): Fixture[];
export function onePerStep(): Fixture[];
export function onePerStepAndState(): Fixture[];
export function onePerPortal(o?: { steps?: string[] }): Fixture[];
