export interface AccessKeyTable {
  access_key: string;
  project_id: string;
  name: string;
  role: string;
  principal: string;
  /** 0/1: may name other users as the operator in strict mode (docs/security.md). */
  act_as_others: number;
  secret_sealed: string;
  /** 0/1 */
  enabled: number;
  /** Consecutive failed signatures; five lock the key for five minutes. */
  failed_attempts: number;
  locked_until: number | null;
  created_at: number;
}
