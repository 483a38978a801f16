import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, AutoComplete, Button, Card, DatePicker, Form, Input, Switch } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useApplications, useCatalogue, userOptions, useUsers } from "../api/hooks.ts";
import { ApiError } from "../api/http.ts";
import { createIncident } from "../api/incidents.ts";
import { nameIn } from "../api/names.ts";
import { useSession } from "../api/session.ts";
import { useErrorText } from "../components/error-message.tsx";
import { FormSelect } from "../components/form-select.tsx";

interface Values {
  incident_title?: string;
  incident_description?: string;
  incident_level?: string;
  incident_type?: string;
  incident_source?: string;
  is_service_interrupt?: boolean;
  incident_assignee?: string;
  assignee_scene?: string;
  assignee_role?: string;
  current_cloud_service?: string;
  region?: string;
  enterprise_project?: string;
  incident_ownership?: string;
  creator?: string;
  start_time?: Dayjs;
}

// COC takes these as arrays of exactly one value.
const ONE_VALUE_ARRAYS = [
  "incident_assignee",
  "current_cloud_service",
  "region",
  "enterprise_project",
] as const;

function toBody(values: Values, creator: string): Record<string, unknown> {
  const body: Record<string, unknown> = { ...values, creator: values.creator?.trim() || creator };
  for (const field of ONE_VALUE_ARRAYS) {
    const value = values[field]?.trim();
    body[field] = value ? [value] : null;
  }
  body.is_service_interrupt = values.is_service_interrupt ?? false;
  body.start_time = values.start_time ? values.start_time.valueOf() : undefined;
  return body;
}

export function CreateIncidentPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { data: session } = useSession();
  const catalogue = useCatalogue();
  const users = useUsers();
  const apps = useApplications();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const options = (kind: string) =>
    (catalogue.data?.[kind] ?? []).map((e) => ({ value: e.key, label: nameIn(lang, e, e.key) }));

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const created = await createIncident(toBody(values, session?.user_id ?? ""));
      message.success(t("create.created", { num: created.incident_num }));
      await client.invalidateQueries({ queryKey: ["incidents"] });
      navigate(`/incidents/${created.incident_num}`);
    } catch (failure) {
      // The server's message names the field ("incident_level: is required", "region[0]: …"): show it there.
      const field = failure instanceof ApiError ? failure.field?.replace(/\[.*$/, "") : undefined;
      if (
        failure instanceof ApiError &&
        field &&
        form.getFieldInstance(field as keyof Values) !== undefined
      ) {
        form.setFields([{ name: field as keyof Values, errors: [failure.detail] }]);
        form.scrollToField(field as keyof Values);
      } else setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const item = (name: keyof Values, required = false) => ({ name, label: t(`fields.${name}`), required });
  return (
    <Card title={<h1 style={{ fontSize: 20, margin: 0 }}>{t("create.title")}</h1>} style={{ maxWidth: 820 }}>
      <Form<Values> form={form} layout="vertical" onFinish={submit} name="create-incident">
        <Form.Item {...item("incident_title", true)}>
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item {...item("incident_description")}>
          <Input.TextArea rows={4} maxLength={600} showCount />
        </Form.Item>
        <Form.Item {...item("incident_level", true)}>
          <FormSelect options={options("incident_level")} allowClear />
        </Form.Item>
        <Form.Item {...item("incident_type", true)}>
          <FormSelect options={options("incident_type")} allowClear />
        </Form.Item>
        <Form.Item {...item("incident_source", true)} initialValue="incident_source_manual">
          <FormSelect options={options("incident_source")} />
        </Form.Item>
        <Form.Item {...item("is_service_interrupt", true)} valuePropName="checked" initialValue={false}>
          <Switch />
        </Form.Item>
        <Form.Item {...item("incident_assignee")} extra={t("create.assigneeHint")}>
          <AutoComplete options={userOptions(users.data?.users)} filterOption />
        </Form.Item>
        <Form.Item {...item("assignee_scene")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item {...item("assignee_role")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item {...item("current_cloud_service")}>
          <AutoComplete
            options={(apps.data?.applications ?? []).map((a) => ({
              value: a.id,
              label: `${a.name} (${a.id})`,
            }))}
            filterOption
          />
        </Form.Item>
        <Form.Item {...item("region")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item {...item("enterprise_project")} initialValue="0">
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item {...item("incident_ownership")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item {...item("creator")} extra={t("create.creatorHint")}>
          <Input maxLength={255} placeholder={session?.user_id} />
        </Form.Item>
        <Form.Item {...item("start_time")}>
          <DatePicker showTime />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="create-submit">
          {t("create.submit")}
        </Button>
      </Form>
    </Card>
  );
}
