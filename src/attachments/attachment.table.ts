export interface AttachmentTable {
  /** The `doc_id` clients see: a UUID, as in COC's examples. */
  id: string;
  project_id: string;
  /** Sanitised client file name (no directory part, ≤ 255 characters). */
  file_name: string;
  content_type: string;
  size: number;
  /** Lower-case hex SHA-256 of `content`. */
  sha256: string;
  /** The uploading credential's principal. */
  created_by: string;
  created_at: number;
  /** The file itself: BLOB on SQLite, bytea on PostgreSQL (every node sees it). */
  content: Buffer;
}
