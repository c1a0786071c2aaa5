/**
 * V8's explicit compile hint for a whole file: a script that starts with this comment is compiled eagerly, all
 * its functions at once, where V8 would otherwise compile each function the first time it is called. Chromium
 * reads it; other engines see a comment. Given to the two scripts whose code runs at once on a step, the entry
 * (its recognition) and the first card (its render): where they arrive before the page is parsed, as on a
 * portal whose scripts come over a phone's connection, their compiling is done while the page still waits,
 * not between DOMContentLoaded and the card. Why and what it saves: docs/decisions/first-card.md.
 * In a folder of its own: WXT loads every `modules/*.ts` as a WXT module.
 */
import type { InlineConfig } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

type AddonChunk = { isEntry: boolean };

/** Starts the build's entry chunk with the hint (after minification, which would drop the comment); the
 * chunks it imports later keep V8's lazy compiling. */
export function hintEntryChunk(config: InlineConfig): void {
  config.build ??= {};
  config.build.rollupOptions ??= {};
  const out = config.build.rollupOptions.output;
  const outputs = Array.isArray(out) ? out : [out ?? {}];
  for (const o of outputs) Object.assign(o, { postBanner: (chunk: AddonChunk) => (chunk.isEntry ? COMPILE_HINT : undefined) });
  if (!Array.isArray(out)) config.build.rollupOptions.output = outputs[0];
}
