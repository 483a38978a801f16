import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t("app.notFound")}
      extra={
        <Link to="/incidents">
          <Button type="primary">{t("app.backHome")}</Button>
        </Link>
      }
    />
  );
}
