import { useTranslation } from "react-i18next";
import { ApiError, NETWORK_ERROR } from "../api/http.ts";

/** An error a person understands: lost connection, 429, 5xx, 403 — or the server's own message. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (!(error instanceof ApiError)) return t("errors.generic", { message: String(error) });
    if (error.status === NETWORK_ERROR) return t("errors.network");
    if (error.status === 429) return t("errors.rateLimited");
    if (error.status >= 500) return t("errors.server", { status: error.status });
    if (error.status === 403) return t("errors.forbidden");
    return t("errors.generic", { message: error.detail });
  };
}

export function ErrorMessage({ error }: { error: unknown }) {
  const text = useErrorText();
  return <span role="alert">{text(error)}</span>;
}
