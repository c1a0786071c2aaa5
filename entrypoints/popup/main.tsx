import { render } from 'preact';
import { t } from '@/utils/i18n';
import { withPageLanguage } from '@/utils/page-language';
import { App, loadWhere } from './App';
import './style.css';

// Renders at once in the language chosen in the popup (local storage, or the browser's) and re-renders when it
// changes. Nothing waits for managed storage: the school's contact fills in when it answers (App.tsx). The
// status card's answer is asked for first, beside the language.
const where = loadWhere();
void withPageLanguage(() => {
  document.title = t('popup.title') || 'Compagnon ENT';
  render(<App where={where} />, document.getElementById('app')!);
});
