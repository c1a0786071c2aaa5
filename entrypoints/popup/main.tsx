import { render } from 'preact';
import { withPageLanguage } from '@/utils/page-language';
import { App } from './App';

void withPageLanguage(() => render(<App />, document.getElementById('app')!));
