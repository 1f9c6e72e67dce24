import { render } from 'preact';
import { App } from './App';
import { uiLanguage } from '../shared/i18n';

document.documentElement.lang = uiLanguage().split('-')[0] ?? 'en';
const root = document.getElementById('app');
if (root) render(<App />, root);
