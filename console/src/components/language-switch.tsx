import { Select } from "antd";
import { useTranslation } from "react-i18next";
import { chooseLanguage, currentLanguage, type Language } from "../i18n/index.ts";

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const OPTIONS: { value: Language; label: string }[] = [
  { value: "en", label: "English" },
  { value: "zh-CN", label: "简体中文" },
];

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Select<Language>
      aria-label={t("app.language")}
      data-testid="language-switch"
      value={currentLanguage()}
      options={OPTIONS}
      onChange={(language) => void chooseLanguage(language)}
      style={{ width: 112 }}
    />
  );
}
