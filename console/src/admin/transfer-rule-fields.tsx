import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Button, Col, Divider, Form, type FormInstance, Input, InputNumber, Row, Space, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { integrationsQuery } from "../api/admin.ts";
import { useApplications, useCatalogue, userOptions, useUsers } from "../api/hooks.ts";
import { nameIn } from "../api/names.ts";
import { sceneQuery, useScenes } from "../api/oncall.ts";
import { FormSelect } from "../components/form-select.tsx";
import { ALARM_LEVELS, PLACEHOLDERS, type RuleValues } from "./transfer-rule-values.ts";

const pick = { showSearch: true, allowClear: true, optionFilterProp: "label" } as const;

/** A transfer rule's controls: its conditions on alarms, then the incident it makes. */
export function TransferRuleFields({ form }: { form: FormInstance<RuleValues> }) {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue();
  const users = useUsers();
  const applications = useApplications();
  const integrations = useQuery(integrationsQuery);
  const scenes = useScenes();
  const sceneId = Form.useWatch(["incident", "assignee_scene"], form);
  const scene = useQuery({ ...sceneQuery(sceneId ?? ""), enabled: Boolean(sceneId) });
  const required = [{ required: true, message: t("signIn.required") }];
  const entries = (field: string) =>
    (catalogue.data?.[field] ?? []).map((e) => ({ value: e.key, label: nameIn(i18n.language, e, e.key) }));
  const apps = (applications.data?.applications ?? []).map((a) => ({
    value: a.id,
    label: `${a.name} (${a.id})`,
  }));
  const alarmLevel = (l: string) => t(`admin.rules.alarmLevels.${l}`);
  const hint = t("admin.rules.templateHint", { list: PLACEHOLDERS });
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={14}>
          <Form.Item name="name" label={t("admin.rules.name")} rules={required}>
            <Input autoComplete="off" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={5}>
          <Form.Item
            name="position"
            label={t("admin.rules.position")}
            tooltip={t("admin.rules.positionHint")}
          >
            <InputNumber min={1} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={5}>
          <Form.Item name="enabled" label={t("admin.enabled")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Divider orientation="left">{t("admin.rules.conditions")}</Divider>
      <Form.Item
        name={["match", "integration_ids"]}
        label={t("admin.rules.integrations")}
        extra={t("admin.rules.conditionsHint")}
      >
        <FormSelect
          mode="multiple"
          {...pick}
          options={(integrations.data?.integrations ?? []).map((i) => ({ value: i.id, label: i.name }))}
        />
      </Form.Item>
      <Form.Item name={["match", "levels"]} label={t("admin.rules.levels")}>
        <FormSelect
          mode="multiple"
          allowClear
          options={ALARM_LEVELS.map((l) => ({ value: l, label: alarmLevel(l) }))}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={["match", "application_id"]} label={t("admin.rules.application")}>
            <FormSelect {...pick} options={apps} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={["match", "namespace"]} label={t("admin.rules.namespace")}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name={["match", "name_contains"]} label={t("admin.rules.nameContains")}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.List name={["match", "labels"]}>
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t("admin.rules.labels")}>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, "name"]} rules={required} style={{ marginBottom: 8 }}>
                  <Input aria-label={t("admin.rules.labelName")} placeholder={t("admin.rules.labelName")} />
                </Form.Item>
                <Form.Item name={[field.name, "value"]} style={{ marginBottom: 8 }}>
                  <Input aria-label={t("admin.rules.labelValue")} placeholder={t("admin.rules.labelValue")} />
                </Form.Item>
                <Button
                  type="text"
                  icon={<MinusCircleOutlined />}
                  aria-label={t("admin.rules.removeLabel")}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: "", value: "" })}>
              {t("admin.rules.addLabel")}
            </Button>
            <Form.ErrorList errors={errors} />
          </Form.Item>
        )}
      </Form.List>
      <Divider orientation="left">{t("admin.rules.incident")}</Divider>
      <Form.Item
        name={["incident", "title_template"]}
        label={t("admin.rules.titleTemplate")}
        extra={hint}
        rules={required}
      >
        <Input autoComplete="off" maxLength={500} />
      </Form.Item>
      <Form.Item name={["incident", "description_template"]} label={t("admin.rules.descriptionTemplate")}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Row gutter={12}>
        {ALARM_LEVELS.map((level) => (
          <Col xs={12} sm={6} key={level}>
            <Form.Item
              name={["incident", "level_mapping", level]}
              label={t("admin.rules.levelFor", { level: alarmLevel(level) })}
            >
              <FormSelect options={entries("incident_level")} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name={["incident", "incident_type"]} label={t("fields.incident_type")} rules={required}>
        <FormSelect {...pick} options={entries("incident_type")} />
      </Form.Item>
      <Form.Item
        name={["incident", "assignee"]}
        label={t("fields.incident_assignee")}
        extra={t("admin.rules.assigneeHint")}
      >
        <FormSelect {...pick} options={userOptions(users.data?.users)} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={["incident", "assignee_scene"]} label={t("fields.assignee_scene")}>
            <FormSelect
              {...pick}
              options={(scenes.data?.scenes ?? []).map((s) => ({ value: s.scene_id, label: s.name }))}
              onChange={() => form.setFieldValue(["incident", "assignee_role"], undefined)}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={["incident", "assignee_role"]} label={t("fields.assignee_role")}>
            <FormSelect
              {...pick}
              options={(scene.data?.roles ?? []).map((r) => ({ value: r.role_id, label: r.name }))}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name={["incident", "current_cloud_service"]}
        label={t("admin.rules.incidentApplication")}
        extra={t("admin.rules.incidentApplicationHint")}
      >
        <FormSelect {...pick} options={apps} />
      </Form.Item>
      <Form.Item
        name={["incident", "is_service_interrupt"]}
        label={t("fields.is_service_interrupt")}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
      <Form.Item name="group_key" label={t("admin.rules.groupKey")} extra={t("admin.rules.groupKeyHint")}>
        <Input autoComplete="off" maxLength={500} />
      </Form.Item>
      <Form.Item
        name="auto_solve"
        label={t("admin.rules.autoSolve")}
        extra={t("admin.rules.autoSolveHint")}
        valuePropName="checked"
      >
        <Switch />
      </Form.Item>
    </>
  );
}
