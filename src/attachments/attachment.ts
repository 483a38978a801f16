import { invalidParameter } from "../errors.ts";

/** COC's limit (CreateExternalCocAttachment): ≤ 10 MB per file, counted as 10 × 1024 × 1024 bytes. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_FILE_NAME = 255;

/** The five types COC accepts, by (lower-case) extension. */
export const ATTACHMENT_TYPES = {
  jpg: { contentType: "image/jpeg", label: "a JPEG image" },
  png: { contentType: "image/png", label: "a PNG image" },
  pdf: { contentType: "application/pdf", label: "a PDF document" },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    label: "a Word (.docx) document",
  },
  txt: { contentType: "text/plain; charset=utf-8", label: "UTF-8 text" },
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

export interface Attachment {
  docId: string;
  projectId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  createdBy: string;
  createdAt: number;
}

export function extensionOf(fileName: string): AttachmentExtension | undefined {
  const dot = fileName.lastIndexOf(".");
  if (dot < 0) return undefined;
  const ext = fileName.slice(dot + 1).toLowerCase();
  return Object.hasOwn(ATTACHMENT_TYPES, ext) ? (ext as AttachmentExtension) : undefined;
}

const isControl = (cp: number) => cp < 0x20 || (cp >= 0x7f && cp <= 0x9f);

/**
 * The client's file name made safe to store and echo: no directory part (either slash), no control
 * characters, NFC, at most 255 characters with the extension kept. Unicode letters stay.
 */
export function sanitizeFileName(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? "";
  const cleaned = Array.from(base.normalize("NFC"))
    .filter((c) => !isControl(c.codePointAt(0) ?? 0))
    .join("")
    .trim();
  if (cleaned === "." || cleaned === "..") return "";
  const chars = Array.from(cleaned);
  if (chars.length <= MAX_FILE_NAME) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 ? Array.from(cleaned.slice(dot)) : [];
  const stem = Array.from(dot > 0 ? cleaned.slice(0, dot) : cleaned);
  return stem.slice(0, MAX_FILE_NAME - ext.length).join("") + ext.join("");
}

type Detected = AttachmentExtension | "zip" | "empty" | "binary";

const DETECTED_LABEL: Record<Detected, string> = {
  jpg: ATTACHMENT_TYPES.jpg.label,
  png: ATTACHMENT_TYPES.png.label,
  pdf: ATTACHMENT_TYPES.pdf.label,
  docx: ATTACHMENT_TYPES.docx.label,
  txt: "text",
  zip: "a ZIP archive that is not a Word document",
  empty: "empty",
  binary: "binary data (not UTF-8 text)",
};

const startsWith = (bytes: Buffer, magic: number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * The entry names of a ZIP's central directory, read without a dependency. Work is bounded: the end
 * record is searched in the last 64 KiB + 22 bytes only, and at most 65535 entries are read, each
 * checked to lie inside the buffer. Undefined when the archive is malformed (or ZIP64).
 */
export function zipEntryNames(bytes: Buffer): string[] | undefined {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= earliest; i--) {
    if (bytes.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  if (offset + size > eocd) return undefined;
  const names: string[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return undefined;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const end = at + 46 + nameLength;
    if (end > eocd) return undefined;
    names.push(bytes.toString("utf8", at + 46, end));
    at = end + extraLength + commentLength;
  }
  return names;
}

function isUtf8Text(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What the bytes are, by their magic numbers (and for ZIPs, the central directory's names). */
export function detectContent(bytes: Buffer): Detected {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, ZIP_LOCAL)) {
    const names = zipEntryNames(bytes) ?? [];
    const isWord = names.includes("[Content_Types].xml") && names.some((n) => n.startsWith("word/"));
    return isWord ? "docx" : "zip";
  }
  return isUtf8Text(bytes) ? "txt" : "binary";
}

/** Rejects content that is not what the extension says (400 naming `file` and what was found). */
export function checkContent(ext: AttachmentExtension, bytes: Buffer): void {
  if (bytes.length === 0) throw invalidParameter("file", "must not be empty");
  // Any UTF-8 text is a valid .txt, even one that happens to begin like a PDF.
  if (ext === "txt" && isUtf8Text(bytes)) return;
  const detected = detectContent(bytes);
  if (detected === ext) return;
  throw invalidParameter(
    "file",
    `the content is ${DETECTED_LABEL[detected]}, not ${ATTACHMENT_TYPES[ext].label} as the .${ext} extension says`,
  );
}

/** RFC 5987 attr-chars stay; everything else is %XX of its UTF-8 bytes. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** `attachment; filename="ascii fallback"; filename*=UTF-8''…` (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** `resolve_attachments` / `attachments`: one doc id or several, comma-separated (blanks ignored). */
export function parseAttachmentRefs(value: string): string[] {
  const ids = value
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  return [...new Set(ids)];
}
