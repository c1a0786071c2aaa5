import { render } from 'preact';
import { t } from '@/utils/i18n';
import { readLangSnapshot, setPageLanguage } from '@/utils/page-language-first';
import { App, loadWhere } from './App';
import { takeEarly } from './early';
import type { Rest } from './WhereView';
import './style.css';

// Started at once, side by side: the status card's answer (the tab, which popup.html's early script asked
// for while these modules loaded: ./early.ts; the official-site check; the tab's own answer), the rest of the
// popup (./popup-rest.tsx) and the language choice, read plainly from storage (the zod-checked item only when
// that read cannot tell). The first render waits for the language alone (no French before the family's
// language, Arabic right to left from the start); the rest renders in the same tree when it arrives, and from
// then on the popup follows a change of language. Nothing waits for managed storage: the school's contact
// fills in when it answers (popup-rest.tsx).
const early = takeEarly();
const where = loadWhere(early.target);
const later = import('./popup-rest');
let rest: Rest = null;
let painted = false;
const paint = () => {
  painted = true;
  document.title = t('popup.title') || 'Compagnon ENT';
  render(<App where={where} rest={rest} />, document.getElementById('app')!);
};
void later.then((m) => {
  rest = m;
  if (painted) paint();
});
const first = readLangSnapshot(early.lang)
  .then((c) => c ?? later.then((m) => m.langItem.get()))
  .catch(() => 'auto' as const)
  .then(async (choice) => {
    await setPageLanguage(choice);
    paint();
    return choice;
  });
void Promise.all([later, first]).then(([m, choice]) => m.followPageLanguage(paint, choice));
