import { useQuery } from "@tanstack/react-query";
import { Form, Input, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createIntegration,
  deleteIntegration,
  type Integration,
  integrationsQuery,
  type NewIntegration,
  setIntegrationEnabled,
} from "../api/admin.ts";
import { formatTime } from "../api/names.ts";
import { fieldIn } from "../notifications/field-error.ts";
import { AdminList, ConfirmButton, EnabledSwitch } from "./admin-list.tsx";
import { FormDialog } from "./form-dialog.tsx";
import { OnceDialog, type OnceValue } from "./once-dialog.tsx";
import { useRun } from "./use-run.ts";

/** Alarm intake endpoints (COC custom format, Alertmanager): the URL and key are shown once. */
export function IntegrationsTab() {
  const { t, i18n } = useTranslation();
  const integrations = useQuery(integrationsQuery);
  const run = useRun(["integrations"]);
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<OnceValue[] | null>(null);
  return (
    <>
      <AdminList<Integration>
        create={{
          label: t("admin.integrations.create"),
          testId: "create-integration",
          onClick: () => setCreating(true),
        }}
        query={integrations}
        rows={integrations.data?.integrations}
        rowKey="id"
        columns={[
          { title: t("admin.credentials.name"), dataIndex: "name" },
          { title: t("admin.integrations.kind"), dataIndex: "kind" },
          {
            title: t("admin.integrations.keyHint"),
            dataIndex: "key_hint",
            render: (h: string) => <code>{h}</code>,
          },
          {
            title: t("admin.createdAt"),
            dataIndex: "created_at",
            responsive: ["md"],
            render: (ms: number) => formatTime(i18n.language, ms),
          },
          {
            title: t("admin.enabled"),
            key: "enabled",
            render: (_: unknown, i) => (
              <EnabledSwitch checked={i.enabled} run={run} set={(on) => setIntegrationEnabled(i.id, on)} />
            ),
          },
          {
            title: t("incident.actions"),
            key: "actions",
            render: (_: unknown, i) => (
              <ConfirmButton onConfirm={() => run(() => deleteIntegration(i.id), t("admin.deleted"))} />
            ),
          },
        ]}
      />
      <IntegrationForm
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={async (values) => {
          setCreating(false);
          setShown(values);
          await run(async () => {}, t("admin.integrations.created"));
        }}
      />
      <OnceDialog title={t("admin.integrations.created")} values={shown} onClose={() => setShown(null)} />
    </>
  );
}

const DEFAULTS: Partial<NewIntegration> = { kind: "custom" };

function IntegrationForm({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (values: OnceValue[]) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewIntegration>();
  const save = async (values: NewIntegration) => {
    const created = await createIntegration({ ...values, name: values.name.trim() });
    const origin = window.location.origin;
    await onCreated([
      { label: t("admin.integrations.url"), value: origin + created.path, testId: "intake-url" },
      {
        label: t("admin.integrations.bearerUrl"),
        value: origin + created.bearer_path,
        testId: "intake-bearer",
      },
      { label: t("admin.integrations.key"), value: created.integration_key, testId: "intake-key" },
    ]);
  };
  return (
    <FormDialog
      title={t("admin.integrations.create")}
      open={open}
      onClose={onClose}
      form={form}
      name="integration"
      values={DEFAULTS}
      save={save}
      fieldPath={fieldIn(["name", "kind"])}
      submitLabel={t("admin.credentials.createSubmit")}
      submitTestId="create-integration-submit"
    >
      <Form.Item
        name="name"
        label={t("admin.credentials.name")}
        rules={[{ required: true, message: t("signIn.required") }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="kind" label={t("admin.integrations.kind")}>
        <Select
          options={[
            { value: "custom", label: t("admin.integrations.custom") },
            { value: "prometheus", label: t("admin.integrations.prometheus") },
          ]}
        />
      </Form.Item>
    </FormDialog>
  );
}
