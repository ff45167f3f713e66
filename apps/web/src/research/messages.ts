import { registerMessages } from '../i18n';
import { researchEn, researchZh } from './i18n';

// Imported by every component of the workspace: the strings load with its first page, not with the shell.
registerMessages('research', { zh: researchZh, en: researchEn });
