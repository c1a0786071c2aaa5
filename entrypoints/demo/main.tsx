import { render } from 'preact';
import plan from 'virtual:demo-fixtures';
import { Demo } from './Demo';
import './demo.css';

render(<Demo plan={plan} />, document.getElementById('app')!);
