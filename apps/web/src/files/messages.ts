import { registerMessages } from '../i18n';
import { filesEn, filesZh } from './i18n';

registerMessages('files', { zh: filesZh, en: filesEn });
