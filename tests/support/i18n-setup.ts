// Vitest setup: load the French messages (the default locale) the way the built extension has them.
import path from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { setMessages } from '@/utils/i18n';

export async function loadLocale(lang: string) {
  const parsed = await parseMessagesFile(path.resolve(import.meta.dirname, `../../locales/${lang}.yml`));
  return generateChromeMessages(parsed);
}

setMessages(await loadLocale('fr'), 'fr');
