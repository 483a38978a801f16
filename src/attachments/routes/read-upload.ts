import type { FastifyRequest } from "fastify";
import { AppError, invalidParameter } from "../../errors.ts";
import { MAX_ATTACHMENT_BYTES } from "../attachment.ts";

/** Busboy limits: one file of ≤ 10 MB; a few small text fields are tolerated and ignored. */
export const UPLOAD_LIMITS = {
  fileSize: MAX_ATTACHMENT_BYTES,
  files: 1,
  fields: 10,
  fieldSize: 64 * 1024,
  parts: 11,
  headerPairs: 100,
};

function uploadError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  switch ((error as { code?: string }).code) {
    case "FST_REQ_FILE_TOO_LARGE":
      return new AppError("PAYLOAD_TOO_LARGE", `file: must be at most ${MAX_ATTACHMENT_BYTES} bytes (10 MB)`);
    case "FST_FILES_LIMIT":
      return invalidParameter("file", "exactly one file may be uploaded per request");
    case "FST_PARTS_LIMIT":
    case "FST_FIELDS_LIMIT":
      return invalidParameter("body", `at most ${UPLOAD_LIMITS.parts} form parts are accepted`);
    case "FST_PROTO_VIOLATION":
      return invalidParameter("body", "a form part has a forbidden name");
  }
  // Busboy's parse errors ("Unexpected end of form", "Malformed part header", …) carry no code.
  if (error instanceof Error && !("statusCode" in error && error.statusCode === 500)) {
    return invalidParameter("body", "malformed multipart/form-data");
  }
  return error;
}

/**
 * The one file part named `file`, read into memory (it is stored in the database as one value anyway).
 * On an error the rest of the request is discarded, so the client gets the answer, not a reset.
 */
export async function readUpload(request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart()) {
    throw invalidParameter("Content-Type", "must be multipart/form-data with one file part named file");
  }
  let upload: { fileName: string; content: Buffer } | undefined;
  let misnamed: string | undefined;
  try {
    for await (const part of request.parts({ limits: UPLOAD_LIMITS })) {
      if (part.type !== "file") {
        if (part.fieldname === "file")
          throw invalidParameter("file", "must be a file part (it has no filename)");
        continue;
      }
      if (part.fieldname !== "file") {
        misnamed = part.fieldname;
        part.file.resume();
        continue;
      }
      upload = { fileName: part.filename, content: await part.toBuffer() };
    }
  } catch (error) {
    request.raw.resume();
    throw uploadError(error);
  }
  if (upload) return upload;
  if (misnamed !== undefined) {
    throw invalidParameter("file", `the file part must be named file (got ${JSON.stringify(misnamed)})`);
  }
  throw invalidParameter("file", "is required: send one multipart/form-data file part named file");
}
