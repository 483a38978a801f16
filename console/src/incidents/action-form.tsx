import { useQueryClient } from "@tanstack/react-query";
import { App, AutoComplete, type ButtonProps, DatePicker, Form, Input, Modal, Switch } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useCatalogue, userOptions, useUsers } from "../api/hooks.ts";
import { ApiError } from "../api/http.ts";
import { handleIncident, type WorkflowAction } from "../api/incidents.ts";
import { nameIn } from "../api/names.ts";
import { useErrorText } from "../components/error-message.tsx";
import { FormSelect } from "../components/form-select.tsx";
import { AttachmentInput } from "./attachment-input.tsx";
import { type ParamKind, paramKind, toParams } from "./param-kinds.ts";

interface Props {
  incidentNum: string;
  taskId: string;
  action: WorkflowAction;
  onClose: () => void;
}

const CATALOGUE_OF: Partial<Record<ParamKind, string>> = {
  level: "incident_level",
  type: "incident_type",
  source: "incident_source",
};

/** The form one workflow action needs, built from its parameters' JSON Schema. */
export function ActionForm({ incidentNum, taskId, action, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [form] = Form.useForm<Record<string, unknown>>();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const client = useQueryClient();
  const catalogue = useCatalogue();
  const users = useUsers();
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const properties = action.params.properties ?? {};
  const required = new Set(action.params.required ?? []);
  const kinds = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(properties).map(([name, schema]) => [
          name,
          paramKind(name, schema, action.attachment_param),
        ]),
      ),
    [properties, action.attachment_param],
  );
  const title = nameIn(lang, action, action.key);

  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setFormError(null);
    try {
      await handleIncident(incidentNum, taskId, action.key, toParams(values, kinds));
      message.success(t("incident.done", { action: title }));
      await client.invalidateQueries({ queryKey: ["incident", incidentNum] });
      await client.invalidateQueries({ queryKey: ["incidents"] });
      onClose();
    } catch (failure) {
      // "params.cause: must …" names the field: show it there.
      const field = failure instanceof ApiError ? failure.field?.replace(/^params\./, "") : undefined;
      if (field && field in properties)
        form.setFields([{ name: field, errors: [failure instanceof ApiError ? failure.detail : ""] }]);
      else setFormError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };

  const input = (name: string, kind: ParamKind) => {
    const catalogueKey = CATALOGUE_OF[kind];
    if (catalogueKey) {
      const entries = catalogue.data?.[catalogueKey] ?? [];
      return <FormSelect options={entries.map((e) => ({ value: e.key, label: nameIn(lang, e, e.key) }))} />;
    }
    switch (kind) {
      case "user":
        return <AutoComplete options={userOptions(users.data?.users)} filterOption />;
      case "boolean":
        return <Switch />;
      case "time":
        return <DatePicker showTime style={{ width: "100%" }} />;
      case "longText":
        return <Input.TextArea rows={3} maxLength={properties[name]?.maxLength} />;
      case "attachments":
        return <AttachmentInput />;
      default:
        return <Input maxLength={properties[name]?.anyOf?.[0]?.maxLength ?? properties[name]?.maxLength} />;
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={submit}
      okText={t("incident.submit")}
      cancelText={t("incident.cancel")}
      confirmLoading={busy}
      destroyOnHidden
      okButtonProps={{ "data-testid": "action-submit" } as ButtonProps}
    >
      <Form form={form} layout="vertical" name={`action-${action.key}`}>
        {Object.keys(properties).map((name) => {
          const kind = kinds[name] ?? "text";
          return (
            <Form.Item
              key={name}
              name={name}
              label={t(`params.${name}`)}
              valuePropName={kind === "boolean" ? "checked" : "value"}
              rules={
                required.has(name) && kind !== "boolean"
                  ? [{ required: true, message: t("signIn.required") }]
                  : []
              }
              initialValue={kind === "boolean" && required.has(name) ? false : undefined}
            >
              {input(name, kind)}
            </Form.Item>
          );
        })}
      </Form>
      {formError && (
        <div role="alert" style={{ color: "#ff4d4f" }}>
          {formError}
        </div>
      )}
    </Modal>
  );
}
