import { useQuery } from "@tanstack/react-query";
import { Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApiToken, createToken, revokeToken, tokensQuery } from "../api/admin.ts";
import { formatTime } from "../api/names.ts";
import { AdminList, ConfirmButton } from "./admin-list.tsx";
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
      <AdminList<ApiToken>
        create={{ label: t("admin.tokens.create"), testId: "create-token", onClick: () => setCreating(true) }}
        query={tokens}
        rows={tokens.data?.tokens}
        rowKey="id"
        rowTestId={(k) => `token-${k.name}`}
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
                <ConfirmButton
                  title={t("admin.tokens.confirmRevoke")}
                  label={t("admin.tokens.revoke")}
                  testId={`revoke-${k.name}`}
                  onConfirm={() => run(() => revokeToken(k.id), t("admin.tokens.revoked"))}
                />
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
