import { useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Space, Spin, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { useWorkflow } from "../api/hooks.ts";
import { incidentHistory, incidentTasks, showIncident, type WorkflowAction } from "../api/incidents.ts";
import { nameIn } from "../api/names.ts";
import { canWrite, useSession } from "../api/session.ts";
import { ErrorMessage } from "../components/error-message.tsx";
import { ActionForm } from "../incidents/action-form.tsx";
import { IncidentFields } from "../incidents/incident-fields.tsx";
import { IncidentWarRoom } from "../incidents/incident-warroom.tsx";
import { LinkedAlarms } from "../incidents/linked-alarms.tsx";
import { IncidentTimeline } from "../incidents/timeline.tsx";

interface OpenAction {
  taskId: string;
  action: WorkflowAction;
}

export function IncidentPage() {
  const { t, i18n } = useTranslation();
  const num = useParams().num ?? "";
  const { data: session } = useSession();
  const detail = useQuery({ queryKey: ["incident", num, "detail"], queryFn: () => showIncident(num) });
  const history = useQuery({ queryKey: ["incident", num, "history"], queryFn: () => incidentHistory(num) });
  const tasks = useQuery({
    queryKey: ["incident", num, "tasks"],
    queryFn: () => incidentTasks(num),
    enabled: canWrite(session),
  });
  const workflow = useWorkflow();
  const [open, setOpen] = useState<OpenAction | null>(null);

  if (detail.isPending) return <Spin tip={t("app.loading")} />;
  if (detail.isError) return <Alert type="error" showIcon message={<ErrorMessage error={detail.error} />} />;
  const incident = detail.data;

  // The actions available now: the tasks API's operations, described by the workflow's action table.
  const buttons = (tasks.data ?? []).flatMap((task) => {
    const node = workflow.data?.nodes.find((n) => n.key === task.key);
    return task.operations.flatMap((operation) => {
      const action = node?.actions.find((a) => a.key === operation.key);
      return action ? [{ taskId: operation.task_id, action }] : [];
    });
  });

  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title
        level={1}
        style={{ fontSize: 22, margin: "8px 0", wordBreak: "break-word" }}
        data-testid="incident-title"
      >
        {incident.incident_title}
      </Typography.Title>
      {canWrite(session) && (
        <Card size="small" title={t("incident.actions")}>
          {tasks.isError && <ErrorMessage error={tasks.error} />}
          {buttons.length === 0 && !tasks.isPending && (
            <Typography.Text>{t("incident.noActions")}</Typography.Text>
          )}
          <Space wrap>
            {buttons.map(({ taskId, action }) => (
              <Button
                key={`${taskId}-${action.key}`}
                data-testid={`action-${action.key}`}
                onClick={() => setOpen({ taskId, action })}
              >
                {nameIn(i18n.language, action, action.key)}
              </Button>
            ))}
          </Space>
        </Card>
      )}
      <Card size="small" title={t("incident.details")}>
        <IncidentFields incident={incident} />
      </Card>
      <IncidentWarRoom incident={incident} />
      <LinkedAlarms incidentNum={num} />
      <Card size="small" title={t("incident.timeline")}>
        {history.isError && <ErrorMessage error={history.error} />}
        <IncidentTimeline items={history.data?.info ?? []} />
      </Card>
      {open && (
        <ActionForm
          incidentNum={num}
          taskId={open.taskId}
          action={open.action}
          onClose={() => setOpen(null)}
        />
      )}
    </Space>
  );
}
