/**
 * The language chosen in the popup: `auto` follows the browser's UI language (browser.i18n), otherwise
 * that locale's messages are loaded. A family may read Arabic while the browser is French.
 */
import * as z from 'zod/mini';
import { LANG_KEY, LANG_VERSION } from './first-paint';
import { defineValidatedItem } from './validated';

export const LangChoice = z.enum(['auto', 'fr', 'en', 'ar']);
export type LangChoice = z.infer<typeof LangChoice>;

export const langItem = defineValidatedItem<LangChoice>(LANG_KEY, {
  schema: LangChoice,
  fallback: 'auto',
  version: LANG_VERSION,
});
