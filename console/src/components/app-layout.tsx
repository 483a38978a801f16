import { LogoutOutlined } from "@ant-design/icons";
import { Button, Layout, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { canWrite, useSession, useSignOut } from "../api/session.ts";
import { LanguageSwitch } from "./language-switch.tsx";
import { TopNav } from "./top-nav.tsx";

export function AppLayout() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const selected =
    location.pathname === "/incidents/new" ? "create" : (location.pathname.split("/")[1] ?? "incidents");
  const items = [
    { key: "incidents", to: "/incidents", label: t("app.nav.incidents") },
    ...(canWrite(session) ? [{ key: "create", to: "/incidents/new", label: t("app.nav.create") }] : []),
    { key: "dashboard", to: "/dashboard", label: t("app.nav.dashboard") },
    { key: "alarms", to: "/alarms", label: t("app.nav.alarms") },
    { key: "warrooms", to: "/warrooms", label: t("app.nav.warrooms") },
    { key: "oncall", to: "/oncall", label: t("app.nav.oncall") },
    { key: "notifications", to: "/notifications", label: t("app.nav.notifications") },
    ...(session?.role === "admin"
      ? [
          { key: "webhooks", to: "/webhooks", label: t("app.nav.webhooks") },
          { key: "admin", to: "/admin", label: t("app.nav.admin") },
        ]
      : []),
  ];
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header className="app-header">
        <Link to="/incidents" style={{ color: "#fff", fontWeight: 600, whiteSpace: "nowrap" }}>
          {t("app.name")}
        </Link>
        <TopNav items={items} current={selected} />
        <Space size="small">
          <LanguageSwitch />
          <Button
            icon={<LogoutOutlined />}
            aria-label={t("app.signOut")}
            data-testid="sign-out"
            onClick={async () => {
              await signOut();
              navigate("/sign-in");
            }}
          >
            <span className="hide-on-phone">{t("app.signOut")}</span>
          </Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: "16px 12px", maxWidth: 1400, width: "100%", margin: "0 auto" }}>
        {session && (
          // A plain span, not antd's Typography, which would add 10 kB to the first page's script.
          <span className="secondary-text" data-testid="signed-in-as">
            {t("app.signedInAs", { name: session.name || session.user_id, role: t(`role.${session.role}`) })}
          </span>
        )}
        <Outlet />
      </Layout.Content>
    </Layout>
  );
}
