import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';

export type Language = 'zh' | 'en';
const STORAGE_KEY = 'tb.lang';

function initialLanguage(): Language {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === 'zh' || saved === 'en') return saved;
  } catch {
    // storage may be off (private mode); Chinese is the default
  }
  return 'zh';
}

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: typeof window === 'undefined' ? 'zh' : initialLanguage(),
  fallbackLng: 'zh',
  interpolation: { escapeValue: false },
  returnNull: false,
  // A string shown as its bare key is a bug (a namespace not registered where it is read, a key
  // missing in both languages): say so where developers and the journeys look.
  saveMissing: true,
  missingKeyHandler: (_languages, namespace, key) => console.error(`i18n: missing string ${namespace}:${key}`),
});

/**
 * Each workspace (research/, enterprise/, …) brings its own strings under its own namespace, so
 * the shared dictionaries stay small and workspaces never edit each other's files.
 * Use them with `useTranslation('research')` or `t('research:key')`.
 */
export function registerMessages(namespace: string, messages: { zh: Record<string, unknown>; en: Record<string, unknown> }): void {
  i18n.addResourceBundle('zh', namespace, messages.zh, true, true);
  i18n.addResourceBundle('en', namespace, messages.en, true, true);
}

export function setLanguage(language: Language): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered; still switched for this visit
  }
}

export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'zh';
}

export { i18n };
