import { LogoutOutlined } from "@ant-design/icons";
import { Button, Layout, Menu, Space } from "antd";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { canWrite, useSession, useSignOut } from "../api/session.ts";
import { LanguageSwitch } from "./language-switch.tsx";

export function AppLayout() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const selected =
    location.pathname === "/incidents/new" ? "create" : (location.pathname.split("/")[1] ?? "incidents");
  const items = [
    { key: "incidents", label: <Link to="/incidents">{t("app.nav.incidents")}</Link> },
    ...(canWrite(session)
      ? [{ key: "create", label: <Link to="/incidents/new">{t("app.nav.create")}</Link> }]
      : []),
    { key: "dashboard", label: <Link to="/dashboard">{t("app.nav.dashboard")}</Link> },
    { key: "alarms", label: <Link to="/alarms">{t("app.nav.alarms")}</Link> },
    { key: "warrooms", label: <Link to="/warrooms">{t("app.nav.warrooms")}</Link> },
    { key: "oncall", label: <Link to="/oncall">{t("app.nav.oncall")}</Link> },
    { key: "notifications", label: <Link to="/notifications">{t("app.nav.notifications")}</Link> },
    ...(session?.role === "admin"
      ? [
          { key: "webhooks", label: <Link to="/webhooks">{t("app.nav.webhooks")}</Link> },
          { key: "admin", label: <Link to="/admin">{t("app.nav.admin")}</Link> },
        ]
      : []),
  ];
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <Layout.Header
        style={{ display: "flex", alignItems: "center", gap: 12, paddingInline: 12, flexWrap: "nowrap" }}
      >
        <Link to="/incidents" style={{ color: "#fff", fontWeight: 600, whiteSpace: "nowrap" }}>
          {t("app.name")}
        </Link>
        <Menu
          theme="dark"
          mode="horizontal"
          selectedKeys={[selected]}
          items={items}
          style={{ flex: 1, minWidth: 0 }}
        />
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
