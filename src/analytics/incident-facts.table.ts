/** One row per incident: the moments the analytics API measures (docs/analytics.md), epoch ms. */
export interface IncidentFactsTable {
  project_id: string;
  incident_num: string;
  created_at: number;
  /** The first `accepted` (unaccepted → handling); null while never accepted. */
  first_accepted_at: number | null;
  /** The standing solution (`solved`); cleared when verification sends the incident back to handling. */
  resolved_at: number | null;
  /** Reaching the end node (verified, or rejection accepted by the creator). */
  closed_at: number | null;
  /** The incident's current level, application (current_cloud_service), source and assignee. */
  level: string;
  application: string | null;
  source: string;
  assignee: string | null;
}

/** The columns in a fixed order (the compiler checks the list is complete). */
export const FACTS_COLUMNS = Object.keys({
  project_id: 0,
  incident_num: 0,
  created_at: 0,
  first_accepted_at: 0,
  resolved_at: 0,
  closed_at: 0,
  level: 0,
  application: 0,
  source: 0,
  assignee: 0,
} satisfies Record<keyof IncidentFactsTable, 0>) as (keyof IncidentFactsTable)[];
