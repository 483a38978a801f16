import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Flex, Form, Input, theme } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ApiError } from "../api/http.ts";
import { SESSION_KEY, signIn } from "../api/session.ts";
import { useErrorText } from "../components/error-message.tsx";
import { LanguageSwitch } from "../components/language-switch.tsx";

interface Values {
  user_id: string;
  password: string;
  project_id?: string;
}

/** Only same-site paths are followed after sign-in (never an absolute URL from the query string). */
function safeNext(next: string | null): string {
  return next?.startsWith("/") && !next.startsWith("//") ? next : "/incidents";
}

export function SignInPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { token } = theme.useToken();

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const session = await signIn(values.user_id, values.password, values.project_id);
      client.setQueryData(SESSION_KEY, session);
      navigate(safeNext(params.get("next")), { replace: true });
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.status === 401 ? t("signIn.wrong") : errorText(failure),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main style={{ display: "flex", justifyContent: "center", padding: "10vh 12px" }}>
      {/* A bordered panel in antd's card colours; not antd's Card, which brings Tabs and Menu (docs/console.md). */}
      <section
        aria-labelledby="sign-in-title"
        style={{
          background: token.colorBgContainer,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <Flex
          justify="space-between"
          align="center"
          gap={token.marginSM}
          style={{
            padding: `0 ${token.paddingLG}px`,
            minHeight: 56,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <h1 id="sign-in-title" style={{ fontSize: 20, fontWeight: 600, margin: 0 }}>
            {t("signIn.title")}
          </h1>
          <LanguageSwitch />
        </Flex>
        <div style={{ padding: token.paddingLG }}>
          <div style={{ width: "min(340px, 80vw)" }}>
            {params.get("expired") && !error && (
              <Alert type="warning" showIcon message={t("signIn.expired")} style={{ marginBottom: 16 }} />
            )}
            {error && (
              <Alert
                type="error"
                showIcon
                message={error}
                style={{ marginBottom: 16 }}
                data-testid="sign-in-error"
              />
            )}
            <Form<Values> layout="vertical" onFinish={submit} requiredMark={false}>
              <Form.Item
                name="user_id"
                label={t("signIn.userId")}
                rules={[{ required: true, message: t("signIn.required") }]}
              >
                <Input autoComplete="username" autoFocus />
              </Form.Item>
              <Form.Item
                name="password"
                label={t("signIn.password")}
                rules={[{ required: true, message: t("signIn.required") }]}
              >
                <Input.Password autoComplete="current-password" />
              </Form.Item>
              <Form.Item name="project_id" label={t("signIn.project")}>
                <Input />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t("signIn.submit")}
              </Button>
            </Form>
          </div>
        </div>
      </section>
    </main>
  );
}
