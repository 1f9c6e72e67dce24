import { render } from 'preact';
import { t, uiLanguage } from '../shared/i18n';

document.documentElement.lang = uiLanguage().split('-')[0] ?? 'en';
const root = document.getElementById('app');
if (root) render(<h1>{t('extName')}</h1>, root);
