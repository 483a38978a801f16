import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import { zhCN } from "./zh-CN.ts";

export const LANGUAGES = ["en", "zh-CN"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Only the language choice is kept in localStorage; never a credential. */
const STORAGE_KEY = "incidentd.language";

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === "en" || stored === "zh-CN") return stored;
  return navigator.languages.some((l) => l.toLowerCase().startsWith("zh")) ? "zh-CN" : "en";
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): Language {
  return i18next.language === "zh-CN" ? "zh-CN" : "en";
}

export async function initI18n(): Promise<void> {
  const language = initialLanguage();
  document.documentElement.lang = language;
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: false,
    resources: { en: { translation: en }, "zh-CN": { translation: zhCN } },
    interpolation: { escapeValue: false },
    returnNull: false,
    // A missing key shows as an error in the console and fails the key test; never silently as English.
    saveMissing: true,
    missingKeyHandler: (_lngs, _ns, key) => console.error(`missing translation key: ${key}`),
  });
}
