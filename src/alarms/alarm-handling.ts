/**
 * HandlerAlarm: COC runs a script or runbook against an alarm. incidentd runs nothing: it records the
 * request as a work order, shows the alarm as being handled, and lets an executor (which learns of the
 * request from the alarm.auto_process_requested webhook event) report the outcome back.
 */
export const TASK_TYPES = ["SCRIPT", "RUNBOOK"] as const;
export const ASSOCIATED_TASK_TYPES = ["CUSTOMIZATION", "COMMUNAL"] as const;

/** A work order is PROCESSING from the request until an executor reports one of the outcomes. */
export const HANDLE_OUTCOMES = ["FINISHED", "ABNORMAL", "CANCELED"] as const;
export type HandleOutcome = (typeof HANDLE_OUTCOMES)[number];
export type HandleStatus = "PROCESSING" | HandleOutcome;

export interface SubTaskInfo {
  sub_task_type?: string;
  sub_associated_task_id?: string;
  sub_associated_task_name?: string;
  sub_associated_task_type?: string;
}

/** What a HandlerAlarm request asks for (AutoHandlerAlarmRequestBody). */
export interface HandleRequest {
  taskType: string;
  associatedTaskId: string;
  associatedTaskType: string;
  associatedTaskName: string;
  associatedTaskEnterpriseProjectId: string | null;
  runbookInstanceMode: string | null;
  regionId: string | null;
  inputParam: Record<string, string>;
  targetInstances: unknown[] | null;
  subTaskInfo: SubTaskInfo | null;
}

export interface AlarmHandleWorkOrder extends HandleRequest {
  workOrderId: string;
  projectId: string;
  alarmRowId: string;
  episode: number;
  status: HandleStatus;
  createdBy: string;
  startTime: number;
  endTime: number | null;
  outcomeMessage: string | null;
  reportedBy: string | null;
}

/** How long a finished work order ran (ms); null while it runs. */
export function durationOf(order: AlarmHandleWorkOrder): number | null {
  return order.endTime === null ? null : Math.max(0, order.endTime - order.startTime);
}
