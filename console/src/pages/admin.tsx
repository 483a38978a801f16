import { Alert, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { AccessKeysTab } from "../admin/access-keys-tab.tsx";
import { ApplicationsTab } from "../admin/applications-tab.tsx";
import { CatalogueTab } from "../admin/catalogue-tab.tsx";
import { IntegrationsTab } from "../admin/integrations-tab.tsx";
import { SettingsTab } from "../admin/settings-tab.tsx";
import { TokensTab } from "../admin/tokens-tab.tsx";
import { TransferRulesTab } from "../admin/transfer-rules-tab.tsx";
import { UsersTab } from "../admin/users-tab.tsx";
import { useSession } from "../api/session.ts";

const TABS = {
  users: UsersTab,
  applications: ApplicationsTab,
  tokens: TokensTab,
  "access-keys": AccessKeysTab,
  integrations: IntegrationsTab,
  "transfer-rules": TransferRulesTab,
  catalogue: CatalogueTab,
  settings: SettingsTab,
} as const;
type TabKey = keyof typeof TABS;
const KEYS = Object.keys(TABS) as TabKey[];

/** Administration: admins only (the navigation hides it from others; the server refuses them anyway). */
export function AdminPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const [params, setParams] = useSearchParams();
  const asked = params.get("tab") as TabKey | null;
  const tab: TabKey = asked && KEYS.includes(asked) ? asked : "users";
  return (
    <section aria-labelledby="admin-title">
      <Typography.Title level={1} id="admin-title" style={{ fontSize: 24, margin: "8px 0" }}>
        {t("admin.title")}
      </Typography.Title>
      {session?.role === "admin" ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          destroyInactiveTabPane
          items={KEYS.map((key) => {
            const Tab = TABS[key];
            return { key, label: t(`admin.tabs.${key}`), children: <Tab /> };
          })}
        />
      ) : (
        <Alert type="error" showIcon message={<span role="alert">{t("errors.forbidden")}</span>} />
      )}
    </section>
  );
}
