import { Alert, Button, Form, Input, Modal, Select, Switch } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type NewCredential, ROLES } from "../api/admin.ts";
import { userOptions, useUsers } from "../api/hooks.ts";
import { useErrorText } from "../components/error-message.tsx";
import { showFieldError } from "../notifications/field-error.ts";

/** A token's or an access key's name, principal (the user it acts as), role and act-as-others switch. */
export function CredentialForm({
  title,
  open,
  onClose,
  create,
  testId,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  create: (values: NewCredential) => Promise<unknown>;
  testId: string;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const users = useUsers();
  const [form] = Form.useForm<NewCredential>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async (values: NewCredential) => {
    setBusy(true);
    setError(null);
    try {
      await create({ ...values, name: values.name.trim(), principal: values.principal.trim() });
      form.resetFields();
    } catch (failure) {
      const fields = ["name", "principal", "role", "act_as_others"];
      if (!showFieldError(form, failure, (f) => (fields.includes(f) ? [f] : undefined)))
        setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const required = [{ required: true, message: t("signIn.required") }];
  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnClose forceRender>
      <Form
        form={form}
        name={testId}
        layout="vertical"
        initialValues={{ role: "reader", act_as_others: false }}
        onFinish={save}
      >
        <Form.Item name="name" label={t("admin.credentials.name")} rules={required}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="principal"
          label={t("admin.credentials.principal")}
          extra={t("admin.credentials.principalHint")}
          rules={required}
        >
          <Select showSearch options={userOptions(users.data?.users)} />
        </Form.Item>
        <Form.Item name="role" label={t("admin.role")}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="act_as_others"
          label={t("admin.credentials.actAsOthers")}
          extra={t("admin.credentials.actAsOthersHint")}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid={`${testId}-submit`}>
          {t("admin.credentials.createSubmit")}
        </Button>
      </Form>
    </Modal>
  );
}
