/** HandlerAlarm's requests and their reported outcomes (migration 20261207110000). */
export interface AlarmHandleRequestTable {
  /** The work_order_id HandlerAlarm answers. */
  id: string;
  project_id: string;
  alarm_row_id: string;
  episode: number;
  task_type: string;
  associated_task_id: string;
  associated_task_type: string;
  associated_task_name: string;
  associated_task_enterprise_project_id: string | null;
  runbook_instance_mode: string | null;
  region_id: string | null;
  /** JSON object. */
  input_param: string;
  /** JSON array, or null when not sent. */
  target_instances: string | null;
  /** JSON object, or null when not sent. */
  sub_task_info: string | null;
  status: string;
  created_by: string;
  start_time: number;
  end_time: number | null;
  outcome_message: string | null;
  reported_by: string | null;
}
