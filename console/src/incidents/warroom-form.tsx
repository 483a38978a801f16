import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { startWarRoom } from "../api/alarms.ts";
import { userOptions, useUsers } from "../api/hooks.ts";
import { ApiError } from "../api/http.ts";
import type { IncidentDetail } from "../api/incidents.ts";
import { useSession } from "../api/session.ts";
import { useErrorText } from "../components/error-message.tsx";
import { FormAutoComplete, FormSelect } from "../components/form-select.tsx";

interface Values {
  war_room_name: string;
  description?: string;
  war_room_admin: string;
  participant?: string[];
  application_id_list: string[];
  region_code_list?: string[];
  enterprise_project_id: string;
  scene_id?: string;
  role_id?: string;
  notification_type?: string;
}

const CHANNELS = ["", "WECHAT", "DING_TALK", "LARK"] as const;

/** CreateWarRoom for the incident, prefilled from it; the incident's warroom_id is then set. */
export function WarRoomForm({ incident, onClose }: { incident: IncidentDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const { data: session } = useSession();
  const users = useUsers();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async ({ scene_id, role_id, notification_type, ...values }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const num = await startWarRoom({
        ...values,
        description: values.description ?? null,
        incident_number: incident.incident_num,
        schedule_group: scene_id && role_id ? [{ scene_id, role_id }] : [],
        notification_type: notification_type || null,
      });
      message.success(t("incident.warroom.started", { num }));
      // The incident changed too (warroom_id, a history entry, a new version for its tasks).
      await client.invalidateQueries({ queryKey: ["incident", incident.incident_num] });
      await client.invalidateQueries({ queryKey: ["warrooms"] });
      onClose();
    } catch (failure) {
      // "application_id_list[0]: …" names the field: show it there.
      const field = failure instanceof ApiError ? failure.field?.replace(/\[.*$/, "") : undefined;
      if (failure instanceof ApiError && field && form.getFieldInstance(field as keyof Values) !== undefined)
        form.setFields([{ name: field as keyof Values, errors: [failure.detail] }]);
      else setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t("signIn.required") }];
  const label = (name: keyof Values) => t(`incident.warroom.fields.${name}`);
  const people = userOptions(users.data?.users);
  return (
    <Modal open title={t("incident.warroom.startTitle")} onCancel={onClose} footer={null}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="start-warroom"
        onFinish={submit}
        initialValues={{
          war_room_name: incident.incident_title.slice(0, 255),
          war_room_admin: session?.user_id ?? "",
          application_id_list: incident.current_cloud_service,
          region_code_list: incident.region,
          enterprise_project_id: incident.enterprise_project[0] || "0",
          notification_type: "",
        }}
      >
        <Form.Item name="war_room_name" label={label("war_room_name")} rules={required}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="description" label={label("description")}>
          <Input.TextArea rows={2} maxLength={255} />
        </Form.Item>
        <Form.Item name="war_room_admin" label={label("war_room_admin")} rules={required}>
          <FormAutoComplete options={people} filterOption />
        </Form.Item>
        <Form.Item name="participant" label={label("participant")} extra={t("create.listHint")}>
          <FormSelect mode="tags" options={people} tokenSeparators={[","]} />
        </Form.Item>
        <Form.Item
          name="application_id_list"
          label={label("application_id_list")}
          rules={required}
          extra={t("create.listHint")}
        >
          <FormSelect mode="tags" tokenSeparators={[","]} />
        </Form.Item>
        <Form.Item name="region_code_list" label={label("region_code_list")}>
          <FormSelect mode="tags" tokenSeparators={[","]} />
        </Form.Item>
        <Form.Item name="enterprise_project_id" label={label("enterprise_project_id")} rules={required}>
          <Input maxLength={64} />
        </Form.Item>
        <Form.Item name="scene_id" label={label("scene_id")} extra={t("incident.warroom.scheduleHint")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="role_id" label={label("role_id")}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="notification_type" label={label("notification_type")}>
          <FormSelect
            options={CHANNELS.map((c) => ({
              value: c,
              label: t(`incident.warroom.channels.${c || "none"}`),
            }))}
          />
        </Form.Item>
        {error && <Alert type="error" showIcon message={<span role="alert">{error}</span>} />}
        <Button
          type="primary"
          htmlType="submit"
          loading={busy}
          data-testid="warroom-submit"
          style={{ marginTop: 12 }}
        >
          {t("incident.warroom.start")}
        </Button>
      </Form>
    </Modal>
  );
}
