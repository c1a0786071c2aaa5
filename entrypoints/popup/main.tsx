import { render } from 'preact';
import { t } from '@/utils/i18n';
import { withPageLanguage } from '@/utils/page-language';
import { readManagedConfig } from '@/utils/storage/managed';
import { App, type SchoolContact } from './App';
import './style.css';

/** The school's help contact from managed storage (enterprise policy); null shows no school contact. */
async function loadSchoolContact(): Promise<SchoolContact | null> {
  const s = (await readManagedConfig()).support;
  if (!s || !(s.name || s.email || s.phone)) return null;
  return { label: s.name ?? s.email ?? s.phone ?? '', email: s.email, phone: s.phone, hours: s.hours };
}

async function start() {
  const schoolContact = await loadSchoolContact().catch(() => null);
  // Follows the language chosen in the popup (or the browser's) and re-renders when it changes.
  await withPageLanguage(() => {
    document.title = t('popup.title') || 'Compagnon ENT';
    render(<App schoolContact={schoolContact} />, document.getElementById('app')!);
  });
}

void start();
