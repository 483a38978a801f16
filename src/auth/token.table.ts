export interface TokenTable {
  id: string;
  project_id: string;
  name: string;
  /** SHA-256 of the token; the token itself is never stored. */
  token_hash: string;
  role: string;
  principal: string;
  /** 0/1: may name other users as the operator in strict mode (docs/security.md). */
  act_as_others: number;
  created_at: number;
  revoked_at: number | null;
}
