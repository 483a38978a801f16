import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Form, Input, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type NotificationRule,
  PERSON_EVENT_TYPES,
  type PersonEvent,
  type RuleInput,
  setRules,
} from "../api/notifications.ts";
import { useErrorText } from "../components/error-message.tsx";
import { showFieldError } from "./field-error.ts";

interface Values {
  assignee: PersonEvent[];
  warroom_member: PersonEvent[];
  applications: { application_id?: string; events?: PersonEvent[] }[];
}

const EVENT_OPTIONS = PERSON_EVENT_TYPES.map((type) => ({ value: type, label: type }));

function initialValues(rules: NotificationRule[]): Values {
  // The answer lists events as plain strings: they are the ones the rules were saved with.
  const events = (audience: string) =>
    (rules.find((r) => r.audience === audience)?.events ?? []) as PersonEvent[];
  return {
    assignee: events("assignee"),
    warroom_member: events("warroom_member"),
    applications: rules
      .filter((r) => r.audience === "application")
      .map((r) => ({ application_id: r.application_id ?? "", events: r.events as PersonEvent[] })),
  };
}

/** The rules to send and, for each, the form field that shows a message about it. */
function toRules(values: Values): { rules: RuleInput[]; paths: (string | number)[][] } {
  const rules: RuleInput[] = [];
  const paths: (string | number)[][] = [];
  for (const audience of ["assignee", "warroom_member"] as const) {
    if (values[audience].length === 0) continue; // no events: no rule for this audience
    rules.push({ audience, events: values[audience] });
    paths.push([audience]);
  }
  values.applications.forEach((app, index) => {
    rules.push({
      audience: "application",
      application_id: app.application_id?.trim() ?? "",
      events: app.events ?? [],
    });
    paths.push(["applications", index]);
  });
  return { rules, paths };
}

/** Which events reach the user as assignee, WarRoom member or an application's subscriber. */
export function RulesForm({
  userId,
  rules,
  onSaved,
}: {
  userId: string;
  rules: NotificationRule[];
  onSaved: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async (values: Values) => {
    setBusy(true);
    setError(null);
    const { rules: input, paths } = toRules(values);
    try {
      await setRules(userId, input);
      message.success(t("notifications.rulesSaved"));
      await onSaved();
    } catch (failure) {
      const taken = showFieldError(form, failure, (field) => {
        const match = /^rules\[(\d+)\](?:\.([a-z_]+))?/.exec(field);
        const path = match ? paths[Number(match[1])] : undefined;
        if (!path) return undefined;
        if (path[0] !== "applications") return path;
        return [...path, match?.[2] === "events" ? "events" : "application_id"];
      });
      if (!taken) setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const events = (name: "assignee" | "warroom_member") => (
    <Form.Item
      name={name}
      label={t(`notifications.audience.${name}`)}
      extra={t("notifications.noEventsHint")}
    >
      <Select mode="multiple" allowClear options={EVENT_OPTIONS} />
    </Form.Item>
  );

  return (
    <Card title={t("notifications.rules")} size="small" data-testid="rules">
      <Form form={form} layout="vertical" initialValues={initialValues(rules)} onFinish={save}>
        {events("assignee")}
        {events("warroom_member")}
        <Form.List name="applications">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap data-testid="application-rule">
                  <Form.Item
                    name={[field.name, "application_id"]}
                    label={t("notifications.application")}
                    rules={[{ required: true, message: t("signIn.required") }]}
                  >
                    <Input style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "events"]}
                    label={t("notifications.applicationEvents")}
                    rules={[{ required: true, message: t("signIn.required") }]}
                  >
                    <Select mode="multiple" options={EVENT_OPTIONS} style={{ minWidth: 280 }} />
                  </Form.Item>
                  <Button
                    icon={<MinusCircleOutlined />}
                    aria-label={t("notifications.removeApplication")}
                    onClick={() => remove(field.name)}
                    style={{ marginTop: 30 }}
                  />
                </Space>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => add({ application_id: "", events: [] })}>
                  {t("notifications.addApplication")}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="save-rules">
          {t("notifications.saveRules")}
        </Button>
      </Form>
    </Card>
  );
}
