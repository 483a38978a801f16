import { useQuery } from "@tanstack/react-query";
import { Button, Form, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type Application, applicationsQuery, type NewApplication, saveApplication } from "../api/admin.ts";
import { fieldIn } from "../notifications/field-error.ts";
import { AdminList } from "./admin-list.tsx";
import { FormDialog } from "./form-dialog.tsx";
import { useRun } from "./use-run.ts";

const NEW_APPLICATION: Partial<NewApplication> = {};

/** The project's applications (COC's current_cloud_service): added or renamed; the API deletes none. */
export function ApplicationsTab() {
  const { t } = useTranslation();
  const applications = useQuery(applicationsQuery);
  const run = useRun(["applications"]);
  // null: closed; NEW_APPLICATION: a new one; otherwise the application renamed.
  const [editing, setEditing] = useState<Partial<NewApplication> | null>(null);
  const [form] = Form.useForm<NewApplication>();
  const renaming = editing !== null && editing !== NEW_APPLICATION;
  const save = async (values: NewApplication) => {
    await saveApplication({ id: renaming ? (editing.id ?? "") : values.id.trim(), name: values.name.trim() });
    setEditing(null);
    await run(async () => {}, t("admin.applications.saved"));
  };
  return (
    <>
      <AdminList<Application>
        create={{
          label: t("admin.applications.create"),
          testId: "create-application",
          onClick: () => setEditing(NEW_APPLICATION),
        }}
        query={applications}
        rows={applications.data?.applications}
        rowKey="id"
        rowTestId={(a) => `application-${a.id}`}
        columns={[
          { title: t("admin.applications.id"), dataIndex: "id", render: (id: string) => <code>{id}</code> },
          { title: t("admin.applications.name"), dataIndex: "name" },
          {
            title: t("incident.actions"),
            key: "actions",
            render: (_: unknown, a) => (
              <Button size="small" onClick={() => setEditing(a)} data-testid={`rename-${a.id}`}>
                {t("admin.applications.rename")}
              </Button>
            ),
          },
        ]}
      />
      <FormDialog
        title={
          renaming ? t("admin.applications.renameTitle", { id: editing.id }) : t("admin.applications.create")
        }
        open={editing !== null}
        onClose={() => setEditing(null)}
        form={form}
        name="application"
        values={editing ?? NEW_APPLICATION}
        save={save}
        fieldPath={fieldIn(["id", "name"])}
        submitLabel={t("admin.save")}
        submitTestId="application-submit"
      >
        <Form.Item
          name="id"
          label={t("admin.applications.id")}
          extra={t("admin.applications.idHint")}
          rules={[{ required: true, message: t("signIn.required") }]}
        >
          <Input autoComplete="off" disabled={renaming} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t("admin.applications.name")}
          rules={[{ required: true, message: t("signIn.required") }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </FormDialog>
    </>
  );
}
