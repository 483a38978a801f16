export interface WebhookTable {
  id: string;
  project_id: string;
  url: string;
  /** standard | feishu | dingtalk | wecom | slack */
  kind: string;
  /** zh | en (chat messages) */
  language: string;
  /** A Feishu or DingTalk bot's signing secret, sealed with the master key. */
  vendor_secret_sealed: string | null;
  description: string;
  /** JSON array of event types; null = every event. */
  events: string | null;
  /** JSON array of incident levels; null = every level. */
  levels: string | null;
  /** JSON array of application ids; null = every application. */
  applications: string | null;
  /** The signing secret (`whsec_…`), sealed with the master key. */
  secret_sealed: string;
  /** The secret before the last rotation, still signing until `previous_secret_until`. */
  previous_secret_sealed: string | null;
  previous_secret_until: number | null;
  /** 0/1 */
  enabled: number;
  /** Why incidentd disabled it (410, continuous failures); null when an admin did or it is enabled. */
  disabled_reason: string | null;
  /** Since when every attempt has failed; null after a success. */
  failing_since: number | null;
  /** null: a project's subscription; set: one of that directory user's contact methods (notifications). */
  user_id: string | null;
  created_at: number;
  updated_at: number;
}

export interface WebhookDeliveryTable {
  /** Also the `webhook-id` header: a receiver deduplicates on it. */
  id: string;
  webhook_id: string;
  project_id: string;
  event_type: string;
  incident_num: string | null;
  /** The JSON body sent, fixed when the change committed. */
  payload: string;
  /** pending | delivered | failed */
  status: string;
  attempts: number;
  next_attempt_at: number;
  lease_owner: string | null;
  created_at: number;
  last_attempt_at: number | null;
  last_status_code: number | null;
  last_error: string | null;
}

export interface WebhookAttemptTable {
  id: string;
  delivery_id: string;
  attempted_at: number;
  url: string;
  status_code: number | null;
  latency_ms: number;
  /** The first kilobyte of the response body. */
  response_excerpt: string | null;
  error: string | null;
}
