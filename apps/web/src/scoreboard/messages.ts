import { registerMessages } from '../i18n';
import { scoreboardEn, scoreboardZh } from './i18n';

registerMessages('scoreboard', { zh: scoreboardZh, en: scoreboardEn });
