import { App as AntApp, ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { AppLayout } from "./components/app-layout.tsx";
import { RequireSession } from "./components/require-session.tsx";
import { CreateIncidentPage } from "./pages/create-incident.tsx";
import { IncidentListPage } from "./pages/incident-list.tsx";
import { IncidentPage } from "./pages/incident-page.tsx";
import { NotFoundPage } from "./pages/not-found.tsx";
import { SignInPage } from "./pages/sign-in.tsx";

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === "zh-CN" ? zhCN : enUS} button={{ autoInsertSpace: false }}>
      <AntApp>
        <BrowserRouter>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route element={<RequireSession />}>
              <Route element={<AppLayout />}>
                <Route index element={<Navigate to="/incidents" replace />} />
                <Route path="/incidents" element={<IncidentListPage />} />
                <Route path="/incidents/new" element={<CreateIncidentPage />} />
                <Route path="/incidents/:num" element={<IncidentPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Route>
          </Routes>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
