import { render } from 'preact';
import plan from 'virtual:demo-fixtures';
import { currentLang } from '@/utils/i18n';
import { withPageLanguage } from '@/utils/page-language';
import { Demo } from './Demo';
import './demo.css';

// A new language remounts the demonstration (its overlays are drawn in the language they started with).
void withPageLanguage(() => render(<Demo key={currentLang()} plan={plan} />, document.getElementById('app')!));
