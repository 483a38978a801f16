import { createHash, randomUUID } from "node:crypto";
import type { Credential } from "../auth/credential.ts";
import type { Deps } from "../deps.ts";
import { AppError, invalidParameter } from "../errors.ts";
import {
  existingAttachmentIds,
  findAttachmentWithContent,
  insertAttachment,
} from "./attachment.repository.ts";
import {
  ATTACHMENT_TYPES,
  type Attachment,
  checkContent,
  extensionOf,
  parseAttachmentRefs,
  sanitizeFileName,
} from "./attachment.ts";

const ALLOWED = Object.keys(ATTACHMENT_TYPES)
  .map((ext) => `.${ext}`)
  .join(", ");

/** Stores one uploaded file after checking its name, extension and content. */
export async function createAttachment(
  deps: Deps,
  caller: Credential,
  upload: { fileName: string; content: Buffer },
): Promise<Attachment> {
  const fileName = sanitizeFileName(upload.fileName);
  if (fileName === "") throw invalidParameter("file", "the part has no file name (filename=…)");
  const ext = extensionOf(fileName);
  if (!ext) throw invalidParameter("file", `the file name must end in one of ${ALLOWED}: ${fileName}`);
  checkContent(ext, upload.content);
  const attachment: Attachment = {
    docId: randomUUID(),
    projectId: caller.projectId,
    fileName,
    contentType: ATTACHMENT_TYPES[ext].contentType,
    size: upload.content.length,
    sha256: createHash("sha256").update(upload.content).digest("hex"),
    createdBy: caller.principal,
    createdAt: deps.clock.now(),
  };
  await insertAttachment(deps.db, attachment, upload.content);
  return attachment;
}

export function attachmentNotFound(docId: string): AppError {
  return new AppError("ATTACHMENT_NOT_FOUND", `attachment not found: ${docId}`);
}

/** The attachment and its bytes; another project's attachment answers exactly like a missing one. */
export async function getAttachment(deps: Deps, caller: Credential, docId: string) {
  const found = await findAttachmentWithContent(deps.db, caller.projectId, docId);
  if (!found) throw attachmentNotFound(docId);
  return found;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A workflow parameter naming attachments (`resolve_attachments`, `attachments`): every comma-separated
 * id must be an attachment of the caller's project. Returns the ids (none for an empty value).
 */
export async function checkAttachmentRefs(
  deps: Deps,
  projectId: string,
  value: string,
  field: string,
): Promise<string[]> {
  const ids = parseAttachmentRefs(value);
  const existing = new Set(
    await existingAttachmentIds(
      deps.db,
      projectId,
      ids.filter((id) => UUID.test(id)),
    ),
  );
  const missing = ids.filter((id) => !existing.has(id));
  if (missing.length > 0) {
    throw invalidParameter(
      field,
      `no attachment ${missing.join(", ")} in this project (upload it first: POST /v1/external/incident/attachments)`,
    );
  }
  return ids;
}
