import { registerMessages } from '../i18n';
import { dealsEn, dealsZh } from './i18n';

// Imported by every component of the deal page: the strings load with it, not with the shell.
registerMessages('deals', { zh: dealsZh, en: dealsEn });
