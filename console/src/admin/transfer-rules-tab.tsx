import { useQuery } from "@tanstack/react-query";
import { Button, Form, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createTransferRule,
  deleteTransferRule,
  integrationsQuery,
  type TransferRule,
  transferRulesQuery,
  updateTransferRule,
} from "../api/admin.ts";
import { useCatalogue } from "../api/hooks.ts";
import { nameIn } from "../api/names.ts";
import { fieldIn } from "../notifications/field-error.ts";
import { AdminList, ConfirmButton, EnabledSwitch } from "./admin-list.tsx";
import { FormDialog } from "./form-dialog.tsx";
import { TransferRuleFields } from "./transfer-rule-fields.tsx";
import {
  NEW_RULE,
  RULE_FIELDS,
  type RuleValues,
  toRuleBody,
  toRuleValues,
  withEnabled,
} from "./transfer-rule-values.ts";
import { useRun } from "./use-run.ts";

/** Transfer rules (alarms → incidents), in the order they are tried: created, edited, switched, deleted. */
export function TransferRulesTab() {
  const { t, i18n } = useTranslation();
  const rules = useQuery(transferRulesQuery);
  const integrations = useQuery(integrationsQuery);
  const catalogue = useCatalogue();
  const run = useRun(["transfer-rules"]);
  // null: closed; NEW_RULE: a new one; otherwise the rule edited and its values.
  const [editing, setEditing] = useState<{ rule?: TransferRule; values: Partial<RuleValues> } | null>(null);
  const [form] = Form.useForm<RuleValues>();
  const save = async (values: RuleValues) => {
    const body = toRuleBody(values);
    await (editing?.rule ? updateTransferRule(editing.rule.id, body) : createTransferRule(body));
    setEditing(null);
    await run(async () => {}, t("admin.rules.saved"));
  };
  const integrationName = (id: string) =>
    integrations.data?.integrations.find((i) => i.id === id)?.name ?? id;
  const conditions = ({ match }: TransferRule) => {
    const shown = [
      ...match.integration_ids.map((id) => `${t("admin.rules.integrations")}: ${integrationName(id)}`),
      ...match.levels.map((l) => `${t("admin.rules.levels")}: ${t(`admin.rules.alarmLevels.${l}`, l)}`),
      ...(match.application_id ? [`${t("admin.rules.application")}: ${match.application_id}`] : []),
      ...(match.namespace ? [`${t("admin.rules.namespace")}: ${match.namespace}`] : []),
      ...(match.name_contains ? [`${t("admin.rules.nameContains")}: ${match.name_contains}`] : []),
      ...Object.entries(match.labels).map(([name, value]) => `${name}=${value}`),
    ];
    if (shown.length === 0)
      return <Typography.Text type="secondary">{t("admin.rules.everyAlarm")}</Typography.Text>;
    return (
      <Space size={[0, 4]} wrap>
        {shown.map((text) => (
          <Tag key={text}>{text}</Tag>
        ))}
      </Space>
    );
  };
  const typeName = (key: string) =>
    nameIn(
      i18n.language,
      catalogue.data?.incident_type?.find((e) => e.key === key),
      key,
    );
  return (
    <>
      <AdminList<TransferRule>
        create={{
          label: t("admin.rules.create"),
          testId: "create-rule",
          onClick: () => setEditing({ values: NEW_RULE }),
        }}
        query={rules}
        rows={rules.data?.rules}
        rowKey="id"
        scrollX={900}
        rowTestId={(r) => `rule-${r.name}`}
        columns={[
          { title: t("admin.rules.position"), dataIndex: "position", width: 72 },
          { title: t("admin.rules.name"), dataIndex: "name" },
          { title: t("admin.rules.conditions"), key: "match", render: (_: unknown, r) => conditions(r) },
          {
            title: t("fields.incident_type"),
            key: "type",
            render: (_: unknown, r) => typeName(r.incident.incident_type),
          },
          {
            title: t("fields.incident_assignee"),
            key: "assignee",
            render: (_: unknown, { incident: i }) =>
              i.assignee ?? (i.assignee_scene ? `${i.assignee_scene} / ${i.assignee_role}` : ""),
          },
          {
            title: t("admin.enabled"),
            key: "enabled",
            render: (_: unknown, r) => (
              <EnabledSwitch
                checked={r.enabled}
                run={run}
                set={(on) => updateTransferRule(r.id, withEnabled(r, on))}
                label={`${t("admin.enabled")}: ${r.name}`}
              />
            ),
          },
          {
            title: t("incident.actions"),
            key: "actions",
            render: (_: unknown, r) => (
              <Space size="small">
                <Button
                  size="small"
                  onClick={() => setEditing({ rule: r, values: toRuleValues(r) })}
                  data-testid={`edit-${r.name}`}
                >
                  {t("admin.edit")}
                </Button>
                <ConfirmButton
                  title={t("admin.rules.confirmDelete")}
                  onConfirm={() => run(() => deleteTransferRule(r.id), t("admin.deleted"))}
                />
              </Space>
            ),
          },
        ]}
      />
      <FormDialog
        title={
          editing?.rule ? t("admin.rules.editTitle", { name: editing.rule.name }) : t("admin.rules.create")
        }
        open={editing !== null}
        onClose={() => setEditing(null)}
        form={form}
        name="transfer-rule"
        values={editing?.values ?? NEW_RULE}
        save={save}
        fieldPath={fieldIn(RULE_FIELDS)}
        submitLabel={t("admin.save")}
        submitTestId="rule-submit"
        width={760}
      >
        <TransferRuleFields form={form} />
      </FormDialog>
    </>
  );
}
