import { registerMessages } from '../i18n';
import { notificationsPageEn, notificationsPageZh } from './i18n';

registerMessages('notificationsPage', { zh: notificationsPageZh, en: notificationsPageEn });
