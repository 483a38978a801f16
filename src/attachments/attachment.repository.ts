import type { Transaction } from "kysely";
import type { Database, Db } from "../db/database.ts";
import type { AttachmentTable } from "./attachment.table.ts";
import type { Attachment } from "./attachment.ts";

type Executor = Db | Transaction<Database>;

type MetadataRow = Omit<AttachmentTable, "content">;

function toAttachment(row: MetadataRow): Attachment {
  return {
    docId: row.id,
    projectId: row.project_id,
    fileName: row.file_name,
    contentType: row.content_type,
    size: Number(row.size),
    sha256: row.sha256,
    createdBy: row.created_by,
    createdAt: Number(row.created_at),
  };
}

export async function insertAttachment(db: Executor, attachment: Attachment, content: Buffer): Promise<void> {
  await db
    .insertInto("attachments")
    .values({
      id: attachment.docId,
      project_id: attachment.projectId,
      file_name: attachment.fileName,
      content_type: attachment.contentType,
      size: attachment.size,
      sha256: attachment.sha256,
      created_by: attachment.createdBy,
      created_at: attachment.createdAt,
      content,
    })
    .execute();
}

/** The attachment with its bytes, only within the project (another project's id finds nothing). */
export async function findAttachmentWithContent(
  db: Executor,
  projectId: string,
  docId: string,
): Promise<{ attachment: Attachment; content: Buffer } | undefined> {
  const row = await db
    .selectFrom("attachments")
    .selectAll()
    .where("project_id", "=", projectId)
    .where("id", "=", docId)
    .executeTakeFirst();
  if (!row) return undefined;
  const { content, ...metadata } = row;
  return { attachment: toAttachment(metadata), content: Buffer.from(content) };
}

/** Which of `docIds` exist in the project (metadata only: the bytes are never read for a check). */
export async function existingAttachmentIds(
  db: Executor,
  projectId: string,
  docIds: string[],
): Promise<string[]> {
  if (docIds.length === 0) return [];
  const rows = await db
    .selectFrom("attachments")
    .select("id")
    .where("project_id", "=", projectId)
    .where("id", "in", docIds)
    .execute();
  return rows.map((r) => r.id);
}
