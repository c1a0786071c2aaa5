/**
 * Language of an extension page (popup, demonstration, options): applies the stored choice (or the browser's
 * UI language), sets `<html lang dir>` and (re)renders; follows later changes of the choice without a reload,
 * so focus stays where it was (the language picker itself re-renders in the new language). The parts without
 * zod (locale files, `<html lang dir>`, the plain read) are in ./page-language-first.ts.
 */
import { setPageLanguage } from './page-language-first';
import { langItem, type LangChoice } from './storage/lang';

/** Render `paint` in the chosen language now and every time the choice changes. Returns a stop function. */
export async function withPageLanguage(paint: () => void): Promise<() => void> {
  const choice = await langItem.get();
  await setPageLanguage(choice);
  paint();
  return followPageLanguage(paint, choice);
}

/**
 * Follow the choice from now on, on a page already painted in `shown`: every change re-applies and repaints,
 * one after the other; a change made before the watch started (between the page's first read and now) is
 * caught by one more read. Returns a stop function.
 */
export function followPageLanguage(paint: () => void, shown: LangChoice): () => void {
  let last = shown;
  let queue = Promise.resolve();
  const apply = (choice: LangChoice) => {
    queue = queue.then(async () => {
      if (choice === last) return;
      last = choice;
      await setPageLanguage(choice);
      paint();
    });
  };
  const stop = langItem.watch(apply);
  void langItem.get().then(apply, () => undefined);
  return stop;
}
