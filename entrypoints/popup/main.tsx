import { render } from 'preact';
import { currentLang, isRtl, t } from '@/utils/i18n';
import { applyLanguage } from '@/utils/locale';
import { App, type SchoolContact } from './App';
import './style.css';

/**
 * The school's help contact from managed storage (remember issue). LEAD: wire
 * `readManagedConfig()` (utils/storage/managed.ts, another engineer's file) here and map its
 * `supportContact` to `{ label, email?, url? }`; null shows no school contact.
 */
async function loadSchoolContact(): Promise<SchoolContact | null> {
  return null;
}

async function start() {
  await applyLanguage().catch(() => null);
  const lang = currentLang();
  document.documentElement.lang = lang;
  document.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
  document.title = t('popup.title') || 'Compagnon ENT';
  const schoolContact = await loadSchoolContact().catch(() => null);
  render(<App schoolContact={schoolContact} />, document.getElementById('app')!);
}

void start();
