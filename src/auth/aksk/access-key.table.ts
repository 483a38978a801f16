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
  /** The latest lock of any source address after failed signatures (signature_failures has each). */
  locked_until: number | null;
  created_at: number;
}
