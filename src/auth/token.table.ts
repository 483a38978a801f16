export interface TokenTable {
  id: string;
  project_id: string;
  name: string;
  /** SHA-256 of the token; the token itself is never stored. */
  token_hash: string;
  role: string;
  principal: string;
  created_at: number;
  revoked_at: number | null;
}
