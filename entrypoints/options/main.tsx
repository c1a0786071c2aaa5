import { render } from 'preact';
import { applyLanguage } from '@/utils/locale';
import { App } from './App';

void applyLanguage()
  .catch(() => null)
  .then(() => render(<App />, document.getElementById('app')!));
