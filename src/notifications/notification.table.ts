export interface NotificationRuleTable {
  id: string;
  project_id: string;
  user_id: string;
  /** assignee | warroom_member | application */
  audience: string;
  /** The application of an `application` rule; '' for the others. */
  application_id: string;
  /** JSON array of event types. */
  events: string;
  created_at: number;
  updated_at: number;
}
