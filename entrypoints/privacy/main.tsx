import { render } from 'preact';
import { t } from '@/utils/i18n';
import { withPageLanguage } from '@/utils/page-language';
import { Privacy } from './Privacy';

// Static text from the locales, in the language chosen in the popup (or the browser's); <html lang dir> follows.
void withPageLanguage(() => {
  document.title = t('privacy.page_title') || document.title;
  render(<Privacy />, document.getElementById('app')!);
}).catch(() => render(<Privacy />, document.getElementById('app')!));
