import { registerMessages } from '../i18n';
import { enterpriseEn, enterpriseZh } from './i18n';

// Imported by every component of the workspace: the strings load with its first page, not with the shell.
registerMessages('enterprise', { zh: enterpriseZh, en: enterpriseEn });
