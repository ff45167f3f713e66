import { registerMessages } from '../i18n';
import { eventsEn, eventsZh } from './i18n';

registerMessages('events', { zh: eventsZh, en: eventsEn });
