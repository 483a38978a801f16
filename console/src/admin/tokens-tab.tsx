import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Popconfirm, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiToken, createToken, revokeToken, tokensQuery } from "../api/admin.ts";
import { formatTime } from "../api/names.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { CredentialForm } from "./credential-form.tsx";
import { OnceDialog, type OnceValue } from "./once-dialog.tsx";
import { useRun } from "./use-run.ts";

/** API tokens (X-Auth-Token): the value is shown once, when created; revoking is final. */
export function TokensTab() {
  const { t, i18n } = useTranslation();
  const tokens = useQuery(tokensQuery);
  const run = useRun(["tokens"]);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<OnceValue[] | null>(null);
  return (
    <>
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setCreating(true)}
        data-testid="create-token"
      >
        {t("admin.tokens.create")}
      </Button>
      {tokens.isError && <Alert type="error" showIcon message={<ErrorMessage error={tokens.error} />} />}
      <Table<ApiToken>
        style={{ marginTop: 12 }}
        rowKey="id"
        size="middle"
        loading={tokens.isPending}
        dataSource={tokens.data?.tokens ?? []}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(k) => ({ "data-testid": `token-${k.name}` }) as object}
        columns={[
          { title: t("admin.credentials.name"), dataIndex: "name" },
          { title: t("admin.credentials.principal"), dataIndex: "principal" },
          { title: t("admin.role"), dataIndex: "role", render: (r: string) => t(`role.${r}`, r) },
          {
            title: t("admin.createdAt"),
            dataIndex: "created_at",
            responsive: ["md"],
            render: (ms: number) => formatTime(i18n.language, ms),
          },
          {
            title: t("admin.state"),
            key: "state",
            render: (_: unknown, k) =>
              k.revoked_at ? (
                <Tag>{t("admin.tokens.revokedAt", { time: formatTime(i18n.language, k.revoked_at) })}</Tag>
              ) : (
                <Tag>{t("admin.active")}</Tag>
              ),
          },
          {
            title: t("incident.actions"),
            key: "actions",
            render: (_: unknown, k) =>
              !k.revoked_at && (
                <Popconfirm
                  title={t("admin.tokens.confirmRevoke")}
                  okText={t("admin.tokens.revoke")}
                  cancelText={t("incident.cancel")}
                  onConfirm={() => run(() => revokeToken(k.id), t("admin.tokens.revoked"))}
                >
                  <Button size="small" data-testid={`revoke-${k.name}`}>
                    {t("admin.tokens.revoke")}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <CredentialForm
        title={t("admin.tokens.create")}
        open={creating}
        testId="create-token"
        onClose={() => setCreating(false)}
        create={async (values) => {
          const created = await createToken(values);
          setCreating(false);
          setShown([{ label: t("admin.tokens.value"), value: created.token, testId: "token-value" }]);
          await run(async () => {}, t("admin.tokens.created"));
        }}
      />
      <OnceDialog title={t("admin.tokens.created")} values={shown} onClose={() => setShown(null)} />
    </>
  );
}
