import { theme } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export interface NavItem {
  key: string;
  to: string;
  label: string;
}

/**
 * The header's navigation: a labelled list of links, the current page's marked with aria-current, in
 * antd's colours for a dark menu. Not antd's Menu, whose code (rc-menu, overflow, its popups) would be in
 * the first page's script (docs/console.md, What loads when). On a phone the list scrolls sideways
 * (styles.css, .top-nav). `current` is a key, not a path match: /incidents/new is "New incident", not
 * "Incidents".
 */
export function TopNav({ items, current }: { items: NavItem[]; current: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <nav aria-label={t("app.nav.label")} className="top-nav">
      <ul>
        {items.map((item) => {
          const here = item.key === current;
          return (
            <li key={item.key}>
              <Link
                to={item.to}
                aria-current={here ? "page" : undefined}
                style={{
                  color: token.colorTextLightSolid,
                  background: here ? token.colorPrimary : undefined,
                  borderRadius: token.borderRadius,
                  paddingInline: token.paddingSM,
                }}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
