import { useQuery } from "@tanstack/react-query";
import { Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type AccessKey,
  accessKeysQuery,
  createAccessKey,
  deleteAccessKey,
  setAccessKeyEnabled,
} from "../api/admin.ts";
import { formatTime } from "../api/names.ts";
import { AdminList, ConfirmButton, EnabledSwitch } from "./admin-list.tsx";
import { CredentialForm } from "./credential-form.tsx";
import { OnceDialog, type OnceValue } from "./once-dialog.tsx";
import { useRun } from "./use-run.ts";

/** AK/SK pairs for signed requests (Huawei Cloud's SDK signer): the SK is shown once, when created. */
export function AccessKeysTab() {
  const { t, i18n } = useTranslation();
  const keys = useQuery(accessKeysQuery);
  const run = useRun(["access-keys"]);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<OnceValue[] | null>(null);
  return (
    <>
      <AdminList<AccessKey>
        create={{ label: t("admin.keys.create"), testId: "create-key", onClick: () => setCreating(true) }}
        query={keys}
        rows={keys.data?.access_keys}
        rowKey="access_key"
        scrollX={720}
        columns={[
          { title: t("admin.keys.ak"), dataIndex: "access_key", render: (ak: string) => <code>{ak}</code> },
          { title: t("admin.credentials.name"), dataIndex: "name" },
          { title: t("admin.credentials.principal"), dataIndex: "principal", responsive: ["md"] },
          { title: t("admin.role"), dataIndex: "role", render: (r: string) => t(`role.${r}`, r) },
          {
            title: t("admin.enabled"),
            key: "enabled",
            render: (_: unknown, k) => (
              <Space direction="vertical" size={0}>
                <EnabledSwitch
                  checked={k.enabled}
                  run={run}
                  set={(on) => setAccessKeyEnabled(k.access_key, on)}
                />
                {k.locked_until && k.locked_until > Date.now() && (
                  <Typography.Text type="warning">
                    {t("admin.keys.lockedUntil", { time: formatTime(i18n.language, k.locked_until) })}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
          {
            title: t("incident.actions"),
            key: "actions",
            render: (_: unknown, k) => (
              <ConfirmButton onConfirm={() => run(() => deleteAccessKey(k.access_key), t("admin.deleted"))} />
            ),
          },
        ]}
      />
      <CredentialForm
        title={t("admin.keys.create")}
        open={creating}
        testId="create-key"
        onClose={() => setCreating(false)}
        create={async (values) => {
          const created = await createAccessKey(values);
          setCreating(false);
          setShown([
            { label: t("admin.keys.ak"), value: created.access_key, testId: "key-ak" },
            { label: t("admin.keys.sk"), value: created.secret_key, testId: "key-sk" },
          ]);
          await run(async () => {}, t("admin.keys.created"));
        }}
      />
      <OnceDialog title={t("admin.keys.created")} values={shown} onClose={() => setShown(null)} />
    </>
  );
}
