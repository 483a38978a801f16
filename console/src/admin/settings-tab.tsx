import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Form, Select, Spin, Switch } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Settings, settingsQuery, updateSettings } from "../api/admin.ts";
import { useCatalogue, userOptions, useUsers } from "../api/hooks.ts";
import { nameIn } from "../api/names.ts";
import { ErrorMessage, useErrorText } from "../components/error-message.tsx";
import { fieldIn, showFieldError } from "../notifications/field-error.ts";

const SETTINGS_FIELDS: Array<keyof Settings> = ["approvers", "strict_roles", "warroom_auto_start_levels"];

/** The project's settings (GET / PUT /incidentd/v1/settings). */
export function SettingsTab() {
  const settings = useQuery(settingsQuery);
  if (settings.isError)
    return <Alert type="error" showIcon message={<ErrorMessage error={settings.error} />} />;
  if (!settings.data) return <Spin />;
  return <SettingsForm initial={settings.data} />;
}

function SettingsForm({ initial }: { initial: Settings }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const users = useUsers();
  const catalogue = useCatalogue();
  const [form] = Form.useForm<Settings>();
  const [error, setError] = useState<string | null>(null);
  const levels = (catalogue.data?.incident_level ?? []).map((e) => ({
    value: e.key,
    label: nameIn(i18n.language, e, e.key),
  }));
  const save = async (values: Settings) => {
    setError(null);
    try {
      client.setQueryData(settingsQuery.queryKey, await updateSettings(values));
      // A refusal shown on a field by an earlier save (showFieldError) is answered by this one.
      form.setFields(SETTINGS_FIELDS.map((name) => ({ name, errors: [] })));
      message.success(t("admin.settings.saved"));
    } catch (failure) {
      if (!showFieldError(form, failure, fieldIn(SETTINGS_FIELDS))) setError(errorText(failure));
    }
  };
  return (
    <Form
      form={form}
      name="settings"
      layout="vertical"
      initialValues={initial}
      onFinish={save}
      style={{ maxWidth: 640 }}
    >
      <Form.Item
        name="approvers"
        label={t("admin.settings.approvers")}
        extra={t("admin.settings.approversHint")}
      >
        <Select mode="tags" options={userOptions(users.data?.users)} />
      </Form.Item>
      <Form.Item
        name="strict_roles"
        label={t("admin.settings.strictRoles")}
        extra={t("admin.settings.strictRolesHint")}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="warroom_auto_start_levels"
        label={t("admin.settings.autoStart")}
        extra={t("admin.settings.autoStartHint")}
      >
        <Select mode="multiple" allowClear options={levels} />
      </Form.Item>
      {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
      <Button type="primary" htmlType="submit" data-testid="settings-submit">
        {t("admin.settings.save")}
      </Button>
    </Form>
  );
}
