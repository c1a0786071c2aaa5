/**
 * The entry's recognition, handed to the UI module's first pass when both run in the same task (at
 * DOMContentLoaded, the UI module already there): the page is read once before the first card, not twice.
 * Anything between the two (a mutation of the page, another address, a pass on the family's road) and the pass
 * recognises again. Why: docs/decisions/first-card.md « In the DOMContentLoaded task ».
 */
import type { RecognitionResult, RecognizeOptions } from './recognize';

type Recognizer = (url: string, doc: Document, opts?: RecognizeOptions) => RecognitionResult | null;

/** `given`: the answer found for `given.href` in `doc` just now (nothing of the page ran since). The recogniser
 * is not named `recognize`: WXT's auto-import would add utils/recognize's, which the UI module must not carry. */
export function handOver(given: { href: string; rec: RecognitionResult | null }, doc: Document, recognizeAgain: Recognizer): Recognizer {
  // Watching while the answer still holds; dropped at its first change or first use.
  let mo: MutationObserver | null = null;
  const drop = () => {
    mo?.disconnect();
    mo = null;
  };
  if (given.rec) {
    // Only what happens from now on can make the answer stale. One change is enough: the observer stops there,
    // so it costs nothing on a busy page if the first pass is late or never comes.
    mo = new MutationObserver(drop);
    mo.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  }
  return (url, d, opts) => {
    const unchanged = !!mo && !mo.takeRecords().length;
    drop();
    // `failed` is only filled by a recognition: an answer handed over leaves it empty (every step is then read).
    return unchanged && !opts?.situation && !opts?.academie && d === doc && url === given.href ? given.rec : recognizeAgain(url, d, opts);
  };
}
