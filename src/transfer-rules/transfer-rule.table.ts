export interface TransferRuleTable {
  id: string;
  project_id: string;
  name: string;
  /** 1-based order within the project; the first matching rule wins. */
  position: number;
  /** 0/1 */
  enabled: number;
  /** JSON: the rule's `match` object as the API shows it. */
  match: string;
  /** JSON: the rule's `incident` object as the API shows it (defaults filled in). */
  incident: string;
  group_key: string;
  /** 0/1 */
  auto_solve: number;
  create_time: number;
  update_time: number;
}

/** The latest incident of one alarm group of a rule (open while that incident is not closed). */
export interface TransferRuleGroupTable {
  project_id: string;
  rule_id: string;
  group_key: string;
  incident_num: string;
  update_time: number;
}

/** An incident a rule created; its recovery and auto-solve bookkeeping. */
export interface TransferRuleIncidentTable {
  incident_num: string;
  project_id: string;
  rule_id: string;
  group_key: string;
  /** 0/1: the "all linked alarms recovered" entry was written since the last alarm linked. */
  all_recovered: number;
  /** 0/1: a solution is to be submitted automatically (set with the recovery entry, cleared after). */
  solve_pending: number;
  create_time: number;
}
