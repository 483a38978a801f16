import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, AutoComplete, Button, Form, Input, Modal, Switch } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { type Alarm, type AlarmTransfer, transferAlarms } from "../api/alarms.ts";
import { useApplications, useCatalogue, userOptions, useUsers } from "../api/hooks.ts";
import { ApiError } from "../api/http.ts";
import { nameIn } from "../api/names.ts";
import { useErrorText } from "../components/error-message.tsx";
import { FormAutoComplete, FormSelect } from "../components/form-select.tsx";

type Values = Omit<AlarmTransfer, "alarm_ids">;

/** TransferAlarmToIncident's fields (the attachment stays with the API), labelled as the incident's. */
const LABELS: Record<keyof Values, string> = {
  title: "fields.incident_title",
  description: "fields.incident_description",
  level_id: "fields.incident_level",
  mtm_type: "fields.incident_type",
  source_id: "fields.incident_source",
  is_service_interrupt: "fields.is_service_interrupt",
  current_cloud_service_id: "list.application",
  assignee: "fields.incident_assignee",
  assignee_scene: "fields.assignee_scene",
  assignee_role: "fields.assignee_role",
  mtm_region: "params.mtm_region",
  enterprise_project_id: "params.enterprise_project_id",
  is_change_event: "alarms.transfer.isChangeEvent",
  attachment: "incident.attachments",
};

/** Turns the alarm into a new incident (source: alarm) and opens that incident. */
export function TransferForm({
  alarm,
  onClose,
}: {
  alarm: Pick<Alarm, "id" | "name" | "description" | "app" | "region">;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const catalogue = useCatalogue();
  const users = useUsers();
  const apps = useApplications();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const options = (kind: string) =>
    (catalogue.data?.[kind] ?? []).map((e) => ({ value: e.key, label: nameIn(i18n.language, e, e.key) }));

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      const num = await transferAlarms({
        ...values,
        description: values.description ?? "",
        alarm_ids: alarm.id,
      });
      message.success(t("alarms.transfer.done", { name: alarm.name, num }));
      await client.invalidateQueries({ queryKey: ["alarms"] });
      await client.invalidateQueries({ queryKey: ["incidents"] });
      onClose();
      navigate(`/incidents/${num}`);
    } catch (failure) {
      // "level_id: must be one of …" names this body's field: show it there.
      const field = failure instanceof ApiError ? failure.field : undefined;
      if (failure instanceof ApiError && field && field in LABELS)
        form.setFields([{ name: field as keyof Values, errors: [failure.detail] }]);
      else setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t("signIn.required") }];
  const item = (name: keyof Values, isRequired = false) => ({
    name,
    label: t(LABELS[name]),
    ...(isRequired ? { rules: required } : {}),
  });
  return (
    <Modal open title={t("alarms.transfer.title", { name: alarm.name })} onCancel={onClose} footer={null}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="transfer-alarm"
        onFinish={submit}
        initialValues={{
          title: alarm.name.slice(0, 200),
          description: alarm.description.slice(0, 600),
          current_cloud_service_id: alarm.app,
          mtm_region: alarm.region,
          enterprise_project_id: "0",
          source_id: "incident_source_alarm",
          is_service_interrupt: false,
          is_change_event: false,
        }}
      >
        <Form.Item {...item("title", true)}>
          <Input maxLength={200} showCount />
        </Form.Item>
        <Form.Item {...item("description")}>
          <Input.TextArea rows={3} maxLength={600} showCount />
        </Form.Item>
        <Form.Item {...item("level_id", true)}>
          <FormSelect options={options("incident_level")} />
        </Form.Item>
        <Form.Item {...item("mtm_type", true)}>
          <FormSelect options={options("incident_type")} />
        </Form.Item>
        <Form.Item {...item("source_id")}>
          <FormSelect options={options("incident_source")} />
        </Form.Item>
        <Form.Item {...item("is_service_interrupt")} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item {...item("current_cloud_service_id", true)}>
          <FormAutoComplete
            options={(apps.data?.applications ?? []).map((a) => ({
              value: a.id,
              label: `${a.name} (${a.id})`,
            }))}
            filterOption
          />
        </Form.Item>
        <Form.Item {...item("assignee")} extra={t("create.assigneeHint")}>
          <AutoComplete options={userOptions(users.data?.users)} filterOption />
        </Form.Item>
        <Form.Item {...item("assignee_scene")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item {...item("assignee_role")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item {...item("mtm_region")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item {...item("enterprise_project_id")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item {...item("is_change_event")} valuePropName="checked">
          <Switch />
        </Form.Item>
        {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          data-testid="transfer-submit"
          style={{ marginTop: 12 }}
        >
          {t("alarms.transfer.submit")}
        </Button>
      </Form>
    </Modal>
  );
}
