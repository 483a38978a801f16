export interface IntegrationTable {
  id: string;
  project_id: string;
  name: string;
  /** `custom` (COC's custom alarm format) or `prometheus` (Alertmanager's webhook). */
  kind: string;
  /** SHA-256 of the integration key; the key itself is shown once and never stored. */
  key_hash: string;
  /** The key's last four characters, so an operator can tell keys apart. */
  key_hint: string;
  /** 0/1 */
  enabled: number;
  created_at: number;
}
