import { ConfigProvider, Spin } from "antd";
import { type ComponentType, lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { RequireSession } from "./components/require-session.tsx";
import { antdLocale } from "./i18n/index.ts";

/** Each page's code loads when it is first shown: the first page a person opens downloads only its own. */
function page(load: () => Promise<ComponentType>) {
  return lazy(async () => ({ default: await load() }));
}

/**
 * The pages after the first ones (sign-in, the incident list) report outcomes with antd's message and
 * modal: FeedbackScope's chunk loads beside the page's own, in parallel.
 */
function pageWithFeedback(load: () => Promise<ComponentType>) {
  return lazy(async () => {
    const [{ FeedbackScope }, Page] = await Promise.all([import("./components/feedback-scope.tsx"), load()]);
    return {
      default: () => (
        <FeedbackScope>
          <Page />
        </FeedbackScope>
      ),
    };
  });
}

const SignInPage = page(() => import("./pages/sign-in.tsx").then((m) => m.SignInPage));
const AppLayout = page(() => import("./components/app-layout.tsx").then((m) => m.AppLayout));
const NotFoundPage = page(() => import("./pages/not-found.tsx").then((m) => m.NotFoundPage));
const IncidentListPage = page(() => import("./pages/incident-list.tsx").then((m) => m.IncidentListPage));
const IncidentPage = pageWithFeedback(() => import("./pages/incident-page.tsx").then((m) => m.IncidentPage));
const DashboardPage = pageWithFeedback(() => import("./pages/dashboard.tsx").then((m) => m.DashboardPage));
const AlarmsPage = pageWithFeedback(() => import("./pages/alarms.tsx").then((m) => m.AlarmsPage));
const WarRoomsPage = pageWithFeedback(() => import("./pages/warrooms.tsx").then((m) => m.WarRoomsPage));
const OnCallScenesPage = pageWithFeedback(() =>
  import("./pages/oncall-scenes.tsx").then((m) => m.OnCallScenesPage),
);
const OnCallScenePage = pageWithFeedback(() =>
  import("./pages/oncall-scene.tsx").then((m) => m.OnCallScenePage),
);
const MyShiftsPage = pageWithFeedback(() => import("./pages/my-shifts.tsx").then((m) => m.MyShiftsPage));
const MyNotificationsPage = pageWithFeedback(() =>
  import("./pages/my-notifications.tsx").then((m) => m.MyNotificationsPage),
);
const WebhooksPage = pageWithFeedback(() => import("./pages/webhooks.tsx").then((m) => m.WebhooksPage));
const AdminPage = pageWithFeedback(() => import("./pages/admin.tsx").then((m) => m.AdminPage));
const CreateIncidentPage = pageWithFeedback(() =>
  import("./pages/create-incident.tsx").then((m) => m.CreateIncidentPage),
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
  // Re-renders when the language changes, with antd's locale for it.
  useTranslation();
  return (
    <ConfigProvider
      locale={antdLocale()}
      button={{ autoInsertSpace: false }}
      theme={{ token: { ...ACCESSIBLE_COLOURS, motion: !REDUCED_MOTION } }}
    >
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
    </ConfigProvider>
  );
}
