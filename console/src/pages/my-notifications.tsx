import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Col, Row, Spin, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { methodsQuery, rulesQuery } from "../api/notifications.ts";
import { useSession } from "../api/session.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { MethodsForm } from "../notifications/methods-form.tsx";
import { RulesForm } from "../notifications/rules-form.tsx";

/** The signed-in user's own contact methods and rules (any role may set their own). */
export function MyNotificationsPage() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const userId = session?.user_id ?? "";
  const client = useQueryClient();
  const methods = useQuery({ ...methodsQuery(userId), enabled: Boolean(userId) });
  const rules = useQuery({ ...rulesQuery(userId), enabled: Boolean(userId) });
  const refresh = () => client.invalidateQueries({ queryKey: ["notifications"] });
  return (
    <section aria-labelledby="notifications-title">
      <Typography.Title level={1} id="notifications-title" style={{ fontSize: 24, margin: "8px 0" }}>
        {t("notifications.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t("notifications.intro")}</Typography.Paragraph>
      {(methods.isError || rules.isError) && (
        <Alert type="error" showIcon message={<ErrorMessage error={methods.error ?? rules.error} />} />
      )}
      {(methods.isPending || rules.isPending) && !methods.isError && !rules.isError && <Spin />}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          {methods.data && <MethodsForm userId={userId} methods={methods.data.methods} onSaved={refresh} />}
        </Col>
        <Col xs={24} lg={14}>
          {rules.data && <RulesForm userId={userId} rules={rules.data.rules} onSaved={refresh} />}
        </Col>
      </Row>
    </section>
  );
}
