// Which fixture pages a scenario runs on, the same for both runners.
import { loadFixtures } from './fixtures.mjs';

/** Pages where the overlay must not appear (`expect="none"`). */
export const negatives = () => loadFixtures().filter((f) => !f.expect);

/** One page per portal/step: the first fixture of each, without error state. */
export function onePerStep() {
  const seen = new Map();
  for (const f of loadFixtures()) {
    if (!f.expect || f.state) continue;
    const k = `${f.expect.portal}/${f.expect.step}`;
    if (!seen.has(k)) seen.set(k, f);
  }
  return [...seen.values()];
}

/**
 * One page per portal/step/state (error, code, captcha… each once), and every negative page: each code path
 * of the overlay once. Variants of the same step run the same code; the recognition suites cover them.
 */
export function onePerStepAndState() {
  const seen = new Map();
  for (const f of loadFixtures()) {
    const k = f.expect ? `${f.expect.portal}/${f.expect.step}/${f.state ?? ''}` : `none/${f.name}`;
    if (!seen.has(k)) seen.set(k, f);
  }
  return [...seen.values()];
}

/**
 * One page per portal: the first recognised fixture of each; or, given `steps`, the first page without error
 * state of the first of those steps the portal has (a portal with none of them is left out).
 */
export function onePerPortal({ steps } = {}) {
  const byPortal = new Map();
  if (!steps) {
    for (const f of loadFixtures()) if (f.expect && !byPortal.has(f.expect.portal)) byPortal.set(f.expect.portal, f);
  } else {
    for (const step of steps) {
      for (const f of loadFixtures()) {
        if (f.expect?.step === step && !f.state && !byPortal.has(f.expect.portal)) byPortal.set(f.expect.portal, f);
      }
    }
  }
  return [...byPortal.values()];
}
