// One axe-core helper for both runners: the runner evaluates axe's source in the page, then the shared reader
// (readers.mjs axeViolations) runs it there. WCAG 2.2 AA, the tags every scan of ours uses.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { axeViolations } from './readers.mjs';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * `evaluate(fnOrSource, arg)` is the runner's page.evaluate. Scan our overlay only by default (the fixture pages
 * imitate third-party portals, whose markup is not ours); `{ include: null, exclude }` scans a whole page of ours.
 */
export async function axe(evaluate, { include = 'compagnon-ent', exclude = null, tags = WCAG_TAGS } = {}) {
  await evaluate(`if (!globalThis.axe) { ${AXE_SOURCE}\n}`);
  return evaluate(axeViolations, { include, exclude, tags });
}
