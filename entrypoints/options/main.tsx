import { render } from 'preact';
import { t } from '@/utils/i18n';
import { withPageLanguage } from '@/utils/page-language';
import { App } from './App';

// Follows the language chosen in the popup (or the browser's), sets <html lang dir>, re-renders on change.
void withPageLanguage(() => {
  document.title = t('remember.options.page_title') || document.title;
  render(<App />, document.getElementById('app')!);
}).catch(() => render(<App />, document.getElementById('app')!));
