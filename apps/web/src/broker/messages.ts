import { registerMessages } from '../i18n';
import { brokerEn, brokerZh } from './i18n';

registerMessages('broker', { zh: brokerZh, en: brokerEn });
