import { LanguagePicker } from '@/components/LanguagePicker';
import { t } from '@/utils/i18n';

export function App() {
  return (
    <main>
      <h1>{t('ext.name')}</h1>
      <p>{t('ext.description')}</p>
      <p>
        <a href={browser.runtime.getURL('/demo.html')} target="_blank" rel="noopener" data-testid="popup-demo-link">
          {t('demo.popup_link')}
        </a>
      </p>
      <LanguagePicker />
    </main>
  );
}
