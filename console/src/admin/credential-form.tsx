import { Form, Input, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { type NewCredential, ROLES } from "../api/admin.ts";
import { userOptions, useUsers } from "../api/hooks.ts";
import { fieldIn } from "../notifications/field-error.ts";
import { FormDialog } from "./form-dialog.tsx";

const DEFAULTS: Partial<NewCredential> = { role: "reader", act_as_others: false };
const FIELDS = ["name", "principal", "role", "act_as_others"];

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
  const users = useUsers();
  const [form] = Form.useForm<NewCredential>();
  const required = [{ required: true, message: t("signIn.required") }];
  return (
    <FormDialog
      title={title}
      open={open}
      onClose={onClose}
      form={form}
      name={testId}
      values={DEFAULTS}
      save={(values) => create({ ...values, name: values.name.trim(), principal: values.principal.trim() })}
      fieldPath={fieldIn(FIELDS)}
      submitLabel={t("admin.credentials.createSubmit")}
      submitTestId={`${testId}-submit`}
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
    </FormDialog>
  );
}
