import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Form, Input, Modal, Popconfirm, Select, Switch, Table } from "antd";
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
import { ErrorMessage, useErrorText } from "../components/error-message.tsx";
import { showFieldError } from "../notifications/field-error.ts";
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
      <Button
        type="primary"
        icon={<PlusOutlined />}
        onClick={() => setCreating(true)}
        data-testid="create-integration"
      >
        {t("admin.integrations.create")}
      </Button>
      {integrations.isError && (
        <Alert type="error" showIcon message={<ErrorMessage error={integrations.error} />} />
      )}
      <Table<Integration>
        style={{ marginTop: 12 }}
        rowKey="id"
        size="middle"
        loading={integrations.isPending}
        dataSource={integrations.data?.integrations ?? []}
        scroll={{ x: 640 }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
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
              <Switch
                checked={i.enabled}
                aria-label={t("admin.enabled")}
                onChange={(on) =>
                  run(
                    () => setIntegrationEnabled(i.id, on),
                    t(on ? "admin.enabledDone" : "admin.disabledDone"),
                  )
                }
              />
            ),
          },
          {
            title: t("incident.actions"),
            key: "actions",
            render: (_: unknown, i) => (
              <Popconfirm
                title={t("admin.confirmDelete")}
                okText={t("webhooks.delete")}
                cancelText={t("incident.cancel")}
                onConfirm={() => run(() => deleteIntegration(i.id), t("admin.deleted"))}
              >
                <Button size="small">{t("webhooks.delete")}</Button>
              </Popconfirm>
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
  const errorText = useErrorText();
  const [form] = Form.useForm<NewIntegration>();
  const [error, setError] = useState<string | null>(null);
  const save = async (values: NewIntegration) => {
    setError(null);
    try {
      const created = await createIntegration({ ...values, name: values.name.trim() });
      form.resetFields();
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
    } catch (failure) {
      if (!showFieldError(form, failure, (f) => (["name", "kind"].includes(f) ? [f] : undefined)))
        setError(errorText(failure));
    }
  };
  return (
    <Modal
      open={open}
      title={t("admin.integrations.create")}
      onCancel={onClose}
      footer={null}
      destroyOnClose
      forceRender
    >
      <Form
        form={form}
        name="integration"
        layout="vertical"
        initialValues={{ kind: "custom" }}
        onFinish={save}
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
        {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
        <Button type="primary" htmlType="submit" data-testid="create-integration-submit">
          {t("admin.credentials.createSubmit")}
        </Button>
      </Form>
    </Modal>
  );
}
