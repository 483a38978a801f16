import type { Locale } from "antd/es/locale";
import enUS from "antd/es/locale/en_US";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import type { Resources } from "./en.ts";

export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Only the language choice is kept in localStorage; never a credential. */
const STORAGE_KEY = "incidentd.language";

interface LanguageBundle {
  translation: Resources;
  antd: Locale;
}

/*
 * Each language's strings and antd's locale are their own chunk, loaded before the language is shown: a
 * visitor downloads only the language they read (docs/console.md, What loads when). antd's English locale
 * is antd's built-in default, in the first script anyway (ConfigProvider imports it).
 */
const BUNDLES: Record<Language, () => Promise<LanguageBundle>> = {
  en: async () => ({ translation: (await import("./en.ts")).en, antd: enUS }),
  "zh-CN": async () => {
    const [{ zhCN }, { default: antd }] = await Promise.all([
      import("./zh-CN.ts"),
      import("antd/es/locale/zh_CN"),
    ]);
    return { translation: zhCN, antd };
  },
};

const antdLocales = new Map<Language, Locale>();

async function loadLanguage(language: Language): Promise<void> {
  if (antdLocales.has(language)) return;
  const bundle = await BUNDLES[language]();
  i18next.addResourceBundle(language, "translation", bundle.translation);
  antdLocales.set(language, bundle.antd);
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === "en" || stored === "zh-CN") return stored;
  return navigator.languages.some((l) => l.toLowerCase().startsWith("zh")) ? "zh-CN" : "en";
}

export async function chooseLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await loadLanguage(language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18next.language === "zh-CN" ? "zh-CN" : "en";
}

/** antd's locale for the language shown (loaded with it). */
export function antdLocale(): Locale | undefined {
  return antdLocales.get(currentLanguage());
}

export async function initI18n(): Promise<void> {
  const language = initialLanguage();
  document.documentElement.lang = language;
  const bundle = await BUNDLES[language]();
  antdLocales.set(language, bundle.antd);
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    // The other language arrives when chosen (loadLanguage).
    resources: { [language]: { translation: bundle.translation } },
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing key shows as an error in the console and fails the key test; never silently as English.
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => console.error(`missing translation key: ${key}`),
  });
}
