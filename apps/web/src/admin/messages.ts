import { registerMessages } from '../i18n';
import { adminEn, adminZh } from './i18n';

registerMessages('admin', { zh: adminZh, en: adminEn });
