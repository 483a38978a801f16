import { Alert, Button, Form, Input, Modal, Select, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { createWebhook, EVENT_TYPES, type NewWebhook, type WebhookEvent } from "../api/notifications.ts";
import { useErrorText } from "../components/error-message.tsx";
import { showFieldError } from "../notifications/field-error.ts";

interface Values {
  url: string;
  kind: NonNullable<NewWebhook["kind"]>;
  events: WebhookEvent[];
  description?: string;
}

const KINDS = ["standard", "feishu", "dingtalk", "wecom", "slack", "email"];

/** Creates a subscription; its secret is handed to `onCreated`, the only time the console sees it. */
export function WebhookForm({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (secret: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const description = values.description?.trim();
      const created = await createWebhook({
        url: values.url.trim(),
        kind: values.kind,
        events: values.events,
        ...(description ? { description } : {}),
      });
      form.resetFields();
      await onCreated(created.secret);
    } catch (failure) {
      const taken = showFieldError(form, failure, (field) => {
        const name = field.replace(/\[.*$/, "");
        return ["url", "kind", "events", "description"].includes(name) ? [name] : undefined;
      });
      if (!taken) setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      title={t("webhooks.create")}
      onCancel={onClose}
      footer={null}
      destroyOnClose
      forceRender
    >
      <Form form={form} layout="vertical" initialValues={{ kind: "standard", events: [] }} onFinish={save}>
        <Form.Item
          name="url"
          label={t("webhooks.url")}
          rules={[{ required: true, message: t("signIn.required") }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t("webhooks.kind")}>
          <Select options={KINDS.map((k) => ({ value: k, label: k }))} />
        </Form.Item>
        <Form.Item name="events" label={t("webhooks.events")} extra={t("webhooks.allEventsHint")}>
          <Select mode="multiple" allowClear options={EVENT_TYPES.map((e) => ({ value: e, label: e }))} />
        </Form.Item>
        <Form.Item name="description" label={t("webhooks.description")}>
          <Input />
        </Form.Item>
        {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="create-webhook-submit">
          {t("webhooks.createSubmit")}
        </Button>
      </Form>
    </Modal>
  );
}

/** The new secret, shown once with a copy button: it is never listed again. */
export function SecretDialog({ secret, onClose }: { secret: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={t("webhooks.secretTitle")}
      onCancel={onClose}
      onOk={onClose}
      okText={t("webhooks.secretDone")}
      cancelButtonProps={{ style: { display: "none" } }}
      maskClosable={false}
      destroyOnClose
    >
      <Alert type="warning" showIcon message={t("webhooks.secretOnce")} style={{ marginBottom: 12 }} />
      <Typography.Paragraph
        copyable={{ text: secret ?? "", tooltips: [t("webhooks.copy"), t("webhooks.copied")] }}
      >
        <code data-testid="webhook-secret">{secret}</code>
      </Typography.Paragraph>
    </Modal>
  );
}
