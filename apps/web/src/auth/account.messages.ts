import { registerMessages } from '../i18n';
import { accountEn, accountZh } from './account.i18n';

registerMessages('account', { zh: accountZh, en: accountEn });
