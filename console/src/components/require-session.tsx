import { useQueryClient } from "@tanstack/react-query";
import { Alert, Spin } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { onSessionExpired } from "../api/http.ts";
import { SESSION_KEY, useSession } from "../api/session.ts";
import { ErrorMessage } from "./error-message.tsx";

/** Pages behind sign-in: without a session, go to sign-in and come back here afterwards. */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const client = useQueryClient();
  const location = useLocation();
  const [expired, setExpired] = useState(false);

  useEffect(
    () =>
      onSessionExpired(() => {
        setExpired(true);
        client.setQueryData(SESSION_KEY, null);
      }),
    [client],
  );

  if (session.isPending) return <Spin fullscreen tip={t("app.loading")} />;
  if (session.isError)
    return (
      <Alert type="error" showIcon message={<ErrorMessage error={session.error} />} style={{ margin: 24 }} />
    );
  if (!session.data) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/sign-in?next=${next}${expired ? "&expired=1" : ""}`} replace />;
  }
  return <Outlet />;
}
