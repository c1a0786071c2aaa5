/**
 * What the help card's first paint reads from storage: the preferences (is this step's help minimised?),
 * the language and the family's situation (which road's help). The entry starts one `storage.local.get` of
 * these keys before the page is parsed, alongside the UI module's import; the UI module then checks the
 * values with the items' own schemas (`ValidatedItem.fromSnapshot`) instead of waiting for its own reads.
 * No zod here: the entry stays small.
 */
export const PREFS_KEY = 'local:prefs';
export const LANG_KEY = 'local:lang';
/** The family's situation per portal (utils/storage/situation.ts): the card's text and ring depend on it. */
export const SITUATION_KEY = 'local:situation';

/** The `storage.local` keys holding an item's value and WXT's metadata for it (`<key>$`: its version). */
export function storageKeys(key: string): [string, string] {
  const k = key.slice(key.indexOf(':') + 1);
  return [k, `${k}$`];
}

export const FIRST_PAINT_KEYS: string[] = [PREFS_KEY, LANG_KEY, SITUATION_KEY].flatMap(storageKeys);
