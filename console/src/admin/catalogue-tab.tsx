import { Button, Form, Input, Radio, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  EXTENSIBLE_FIELDS,
  type ExtensibleField,
  type NewCatalogueEntry,
  saveCatalogueEntry,
} from "../api/admin.ts";
import { useCatalogue } from "../api/hooks.ts";
import type { CatalogueEntry } from "../api/incidents.ts";
import { nameIn } from "../api/names.ts";
import { FormSelect } from "../components/form-select.tsx";
import { fieldIn } from "../notifications/field-error.ts";
import { AdminList } from "./admin-list.tsx";
import { FormDialog } from "./form-dialog.tsx";
import { useRun } from "./use-run.ts";

const FIELDS = ["incident_level", "incident_type", "incident_source", "incident_ownership", "status"];
const isExtensible = (field: string): field is ExtensibleField =>
  (EXTENSIBLE_FIELDS as readonly string[]).includes(field);

type EntryValues = NewCatalogueEntry & { field: ExtensibleField };

/**
 * The enumerations with their names in the chosen language. A project adds (or renames) its own incident
 * types and ownership keys; built-in keys stay as COC defines them, and the API deletes none.
 */
export function CatalogueTab() {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue();
  const run = useRun(["catalogue"]);
  const [field, setField] = useState("incident_type");
  // null: closed; with `key` set: that entry renamed.
  const [editing, setEditing] = useState<Partial<EntryValues> | null>(null);
  const [form] = Form.useForm<EntryValues>();
  const renaming = Boolean(editing?.key);
  const save = async ({ field: target, ...entry }: EntryValues) => {
    const sent = renaming ? { ...editing, ...entry } : entry;
    const into = renaming ? (editing?.field as ExtensibleField) : target;
    await saveCatalogueEntry(into, {
      key: (sent.key ?? "").trim(),
      name_zh: sent.name_zh,
      name_en: sent.name_en,
    });
    setEditing(null);
    setField(into);
    await run(async () => {}, t("admin.catalogue.saved"));
  };
  const fieldName = (f: string) => t(`fields.${f}`);
  return (
    <>
      <AdminList<CatalogueEntry>
        create={{
          label: t("admin.catalogue.create"),
          testId: "create-catalogue-entry",
          onClick: () => setEditing({ field: isExtensible(field) ? field : "incident_type" }),
        }}
        query={catalogue}
        rows={catalogue.data?.[field]}
        rowKey="key"
        rowTestId={(e) => `entry-${e.key}`}
        columns={[
          { title: t("admin.catalogue.key"), dataIndex: "key", render: (key: string) => <code>{key}</code> },
          {
            title: t("admin.catalogue.name"),
            key: "name",
            render: (_: unknown, e) => nameIn(i18n.language, e, e.key),
          },
          {
            title: t("admin.catalogue.origin"),
            key: "origin",
            render: (_: unknown, e) => (
              <Tag>{t(e.custom ? "admin.catalogue.custom" : "admin.catalogue.builtIn")}</Tag>
            ),
          },
          {
            title: t("incident.actions"),
            key: "actions",
            render: (_: unknown, e) =>
              e.custom &&
              isExtensible(field) && (
                <Button
                  size="small"
                  onClick={() => setEditing({ field, key: e.key, name_zh: e.name_zh, name_en: e.name_en })}
                  data-testid={`rename-${e.key}`}
                >
                  {t("admin.catalogue.rename")}
                </Button>
              ),
          },
        ]}
      >
        <Radio.Group
          aria-label={t("admin.catalogue.field")}
          optionType="button"
          value={field}
          onChange={(e) => setField(e.target.value as string)}
          options={FIELDS.map((f) => ({ value: f, label: fieldName(f) }))}
        />
      </AdminList>
      <FormDialog
        title={
          renaming ? t("admin.catalogue.renameTitle", { key: editing?.key }) : t("admin.catalogue.create")
        }
        open={editing !== null}
        onClose={() => setEditing(null)}
        form={form}
        name="catalogue-entry"
        values={editing ?? {}}
        save={save}
        fieldPath={fieldIn(["field", "key", "name_zh", "name_en"])}
        submitLabel={t("admin.save")}
        submitTestId="catalogue-entry-submit"
      >
        <Form.Item name="field" label={t("admin.catalogue.field")} rules={[{ required: true }]}>
          <FormSelect
            disabled={renaming}
            options={EXTENSIBLE_FIELDS.map((f) => ({ value: f, label: fieldName(f) }))}
          />
        </Form.Item>
        <Form.Item
          name="key"
          label={t("admin.catalogue.key")}
          extra={t("admin.catalogue.keyHint")}
          rules={[{ required: true, message: t("signIn.required") }]}
        >
          <Input autoComplete="off" disabled={renaming} />
        </Form.Item>
        <Form.Item
          name="name_zh"
          label={t("admin.catalogue.nameZh")}
          rules={[{ required: true, message: t("signIn.required") }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name_en"
          label={t("admin.catalogue.nameEn")}
          rules={[{ required: true, message: t("signIn.required") }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </FormDialog>
    </>
  );
}
