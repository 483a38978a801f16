import { Button, Space } from "antd";
import { useTranslation } from "react-i18next";
import { chooseLanguage, currentLanguage, type Language } from "../i18n/index.ts";

// Each language is named in itself, so a person who cannot read the current one still finds theirs.
const OPTIONS: { value: Language; label: string }[] = [
  { value: "en", label: "English" },
  { value: "zh-CN", label: "中文" },
];

/**
 * Two buttons with aria-pressed in a labelled group, not a Select: the header is on every page, and a
 * Select (or a Dropdown) would put its code in the first page's script (docs/console.md, What loads when).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = currentLanguage();
  return (
    <Space.Compact role="group" aria-label={t("app.language")} data-testid="language-switch">
      {OPTIONS.map(({ value, label }) => (
        <Button
          key={value}
          lang={value}
          type={value === current ? "primary" : "default"}
          aria-pressed={value === current}
          onClick={() => void chooseLanguage(value)}
        >
          {label}
        </Button>
      ))}
    </Space.Compact>
  );
}
