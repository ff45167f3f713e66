import { registerMessages } from '../i18n';
import { mailEn, mailZh } from './i18n';

registerMessages('mail', { zh: mailZh, en: mailEn });
