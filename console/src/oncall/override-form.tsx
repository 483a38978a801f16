import { useQueryClient } from "@tanstack/react-query";
import { Alert, App, AutoComplete, type ButtonProps, DatePicker, Form, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { userOptions, useUsers } from "../api/hooks.ts";
import { ApiError } from "../api/http.ts";
import { addOverride, type SceneDocument } from "../api/oncall.ts";
import { useErrorText } from "../components/error-message.tsx";
import { FormSelect } from "../components/form-select.tsx";

interface Values {
  role_id?: string;
  user_id?: string;
  replaces?: string;
  start?: Dayjs;
  end?: Dayjs;
}

const FIELDS = ["role_id", "user_id", "replaces", "start", "end"] as const;
const FORMAT = "YYYY-MM-DD HH:mm";

/** The server names the override inside the document ("overrides[3].user_id: …"): the form's own field. */
export function formFieldOf(error: unknown): (typeof FIELDS)[number] | undefined {
  if (!(error instanceof ApiError) || !error.field) return undefined;
  const name = /^(?:overrides\[\d+\]\.)?([a-z_]+)$/.exec(error.field)?.[1];
  return FIELDS.find((f) => f === name);
}

/** Writers add an override: someone covers a role (or one person on it) from start to end. */
export function OverrideForm(props: { scene: SceneDocument; open: boolean; onClose: () => void }) {
  const { scene, open, onClose } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const users = useUsers();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Each time the form opens it proposes the next full hour, for eight hours.
  useEffect(() => {
    if (!open) return;
    const nextHour = dayjs().add(1, "hour").startOf("hour");
    form.setFieldsValue({ start: nextHour, end: nextHour.add(8, "hour") });
  }, [open, form]);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await addOverride(scene.scene_id, {
        role_id: values.role_id ?? "",
        user_id: values.user_id?.trim() ?? "",
        start: (values.start as Dayjs).toISOString(),
        end: (values.end as Dayjs).toISOString(),
        ...(values.replaces?.trim() ? { replaces: values.replaces.trim() } : {}),
      });
      message.success(t("oncall.override.added"));
      await client.invalidateQueries({ queryKey: ["oncall"] });
      form.resetFields();
      onClose();
    } catch (failure) {
      const field = formFieldOf(failure);
      if (failure instanceof ApiError && field) form.setFields([{ name: field, errors: [failure.detail] }]);
      else setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const people = userOptions(users.data?.users);
  return (
    <Modal
      open={open}
      title={t("oncall.override.title")}
      okText={t("oncall.override.submit")}
      cancelText={t("incident.cancel")}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "override-submit" } as ButtonProps}
    >
      <Form<Values> form={form} layout="vertical" name="add-override" onFinish={submit}>
        <Form.Item
          name="role_id"
          label={t("oncall.override.role")}
          rules={[{ required: true, message: t("oncall.override.required") }]}
        >
          <FormSelect options={scene.roles.map((r) => ({ value: r.role_id, label: r.name }))} />
        </Form.Item>
        <Form.Item
          name="user_id"
          label={t("oncall.override.person")}
          rules={[{ required: true, whitespace: true, message: t("oncall.override.required") }]}
        >
          <AutoComplete options={people} filterOption maxLength={255} />
        </Form.Item>
        <Form.Item
          name="replaces"
          label={t("oncall.override.replaces")}
          extra={t("oncall.override.replacesHint")}
        >
          <AutoComplete options={people} filterOption maxLength={255} allowClear />
        </Form.Item>
        <Form.Item
          name="start"
          label={t("oncall.override.start")}
          rules={[{ required: true, message: t("oncall.override.required") }]}
        >
          <DatePicker showTime={{ format: "HH:mm" }} format={FORMAT} needConfirm={false} />
        </Form.Item>
        <Form.Item
          name="end"
          label={t("oncall.override.end")}
          dependencies={["start"]}
          rules={[
            { required: true, message: t("oncall.override.required") },
            ({ getFieldValue }) => ({
              validator: (_, end: Dayjs | undefined) => {
                const start = getFieldValue("start") as Dayjs | undefined;
                return !end || !start || end.isAfter(start)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("oncall.override.endBeforeStart")));
              },
            }),
          ]}
        >
          <DatePicker showTime={{ format: "HH:mm" }} format={FORMAT} needConfirm={false} />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} />}
      </Form>
    </Modal>
  );
}
