export interface AccessKeyTable {
  access_key: string;
  project_id: string;
  name: string;
  role: string;
  principal: string;
  secret_sealed: string;
  /** 0/1 */
  enabled: number;
  /** Consecutive failed signatures; five lock the key for five minutes. */
  failed_attempts: number;
  locked_until: number | null;
  created_at: number;
}
