import { registerMessages } from '../i18n';
import { dealroomEn, dealroomZh } from './i18n';

// Imported by every component of the room: the strings load with it, not with the shell.
registerMessages('dealroom', { zh: dealroomZh, en: dealroomEn });
