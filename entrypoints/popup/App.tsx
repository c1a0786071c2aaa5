import { t } from '@/utils/i18n';

export function App() {
  return (
    <main>
      <h1>{t('ext.name')}</h1>
      <p>{t('ext.description')}</p>
    </main>
  );
}
