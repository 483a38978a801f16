import { App as AntApp, ConfigProvider, Spin } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { RequireSession } from "./components/require-session.tsx";

// Each page's code loads when it is first shown: the first page a person opens downloads only its own.
const SignInPage = lazy(() => import("./pages/sign-in.tsx").then((m) => ({ default: m.SignInPage })));
const AppLayout = lazy(() => import("./components/app-layout.tsx").then((m) => ({ default: m.AppLayout })));
const NotFoundPage = lazy(() => import("./pages/not-found.tsx").then((m) => ({ default: m.NotFoundPage })));
const IncidentListPage = lazy(() =>
  import("./pages/incident-list.tsx").then((m) => ({ default: m.IncidentListPage })),
);
const IncidentPage = lazy(() =>
  import("./pages/incident-page.tsx").then((m) => ({ default: m.IncidentPage })),
);
const DashboardPage = lazy(() => import("./pages/dashboard.tsx").then((m) => ({ default: m.DashboardPage })));
const AlarmsPage = lazy(() => import("./pages/alarms.tsx").then((m) => ({ default: m.AlarmsPage })));
const WarRoomsPage = lazy(() => import("./pages/warrooms.tsx").then((m) => ({ default: m.WarRoomsPage })));
const OnCallScenesPage = lazy(() =>
  import("./pages/oncall-scenes.tsx").then((m) => ({ default: m.OnCallScenesPage })),
);
const OnCallScenePage = lazy(() =>
  import("./pages/oncall-scene.tsx").then((m) => ({ default: m.OnCallScenePage })),
);
const MyShiftsPage = lazy(() => import("./pages/my-shifts.tsx").then((m) => ({ default: m.MyShiftsPage })));
const MyNotificationsPage = lazy(() =>
  import("./pages/my-notifications.tsx").then((m) => ({ default: m.MyNotificationsPage })),
);
const WebhooksPage = lazy(() => import("./pages/webhooks.tsx").then((m) => ({ default: m.WebhooksPage })));
const AdminPage = lazy(() => import("./pages/admin.tsx").then((m) => ({ default: m.AdminPage })));
const CreateIncidentPage = lazy(() =>
  import("./pages/create-incident.tsx").then((m) => ({ default: m.CreateIncidentPage })),
);

/** antd's default blue and greys fall short of WCAG AA contrast (4.5:1) for text: darker ones. */
/** People who ask their system for less motion get none: antd's zooms, slides and fades are switched off. */
const REDUCED_MOTION = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;

const ACCESSIBLE_COLOURS = {
  colorPrimary: "#0958d9",
  colorLink: "#0958d9",
  colorTextSecondary: "rgba(0, 0, 0, 0.65)",
  colorTextDescription: "rgba(0, 0, 0, 0.65)",
  colorTextPlaceholder: "rgba(0, 0, 0, 0.6)",
  colorTextTertiary: "rgba(0, 0, 0, 0.6)",
};

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === "zh-CN" ? zhCN : enUS}
      button={{ autoInsertSpace: false }}
      theme={{ token: { ...ACCESSIBLE_COLOURS, motion: !REDUCED_MOTION } }}
    >
      <AntApp>
        <BrowserRouter>
          <Suspense fallback={<Spin fullscreen />}>
            <Routes>
              <Route path="/sign-in" element={<SignInPage />} />
              <Route element={<RequireSession />}>
                <Route element={<AppLayout />}>
                  <Route index element={<Navigate to="/incidents" replace />} />
                  <Route path="/incidents" element={<IncidentListPage />} />
                  <Route path="/incidents/new" element={<CreateIncidentPage />} />
                  <Route path="/incidents/:num" element={<IncidentPage />} />
                  <Route path="/dashboard" element={<DashboardPage />} />
                  <Route path="/alarms" element={<AlarmsPage />} />
                  <Route path="/warrooms" element={<WarRoomsPage />} />
                  <Route path="/oncall" element={<OnCallScenesPage />} />
                  <Route path="/oncall/scenes/:sceneId" element={<OnCallScenePage />} />
                  <Route path="/oncall/my-shifts" element={<MyShiftsPage />} />
                  <Route path="/notifications" element={<MyNotificationsPage />} />
                  <Route path="/webhooks" element={<WebhooksPage />} />
                  <Route path="/admin" element={<AdminPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Route>
            </Routes>
          </Suspense>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
