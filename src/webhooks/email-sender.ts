import nodemailer, { type Transporter } from "nodemailer";
import type { ChatMessage } from "./chat-message.ts";
import { CONNECT_TIMEOUT_MS, EXCERPT_BYTES, type SendResult, TOTAL_TIMEOUT_MS } from "./webhook-sender.ts";

/** The addresses of an e-mail subscription's `mailto:` URL (RFC 6068: comma-separated). */
export function mailtoAddresses(url: string): string[] {
  if (!url.toLowerCase().startsWith("mailto:")) return [];
  const list = decodeURIComponent(url.slice("mailto:".length).split("?")[0] ?? "");
  return list
    .split(",")
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/** Why a `mailto:` URL is refused, or null. */
export function refusedMailto(url: string): string | null {
  const addresses = mailtoAddresses(url);
  if (addresses.length === 0) return "an e-mail subscription's url must be mailto:address[,address…]";
  if (addresses.length > 20) return "at most 20 addresses";
  const bad = addresses.find((a) => !ADDRESS.test(a));
  return bad === undefined ? null : `${bad} is not an e-mail address`;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** The subject, text and HTML parts of a message. */
export function emailOf(message: ChatMessage): { subject: string; text: string; html: string } {
  const lines = message.fields.map((f) => `${f.label}: ${f.value}`);
  if (message.link) lines.push("", `${message.linkText}: ${message.link}`);
  const rows = message.fields
    .map((f) => `<tr><th align="left">${escapeHtml(f.label)}</th><td>${escapeHtml(f.value)}</td></tr>`)
    .join("");
  const link = message.link
    ? `<p><a href="${escapeHtml(message.link)}">${escapeHtml(message.linkText)}</a></p>`
    : "";
  return {
    subject: message.title,
    text: lines.join("\n"),
    html: `<h3>${escapeHtml(message.title)}</h3><table>${rows}</table>${link}`,
  };
}

/** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
function transportOf(smtpUrl: string): Transporter {
  const url = new URL(smtpUrl);
  const secure = url.protocol === "smtps:";
  return nodemailer.createTransport({
    host: url.hostname,
    port: Number(url.port || (secure ? 465 : 587)),
    secure,
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: TOTAL_TIMEOUT_MS,
  });
}

/** Sends e-mail over the installation's SMTP server (INCIDENTD_SMTP_URL); one transport per dispatcher. */
export class EmailSender {
  #transport: Transporter | undefined;

  constructor(
    private readonly smtpUrl: string | undefined,
    private readonly from: string,
  ) {}

  async send(url: string, message: ChatMessage, now: () => number = Date.now): Promise<SendResult> {
    const started = now();
    const latency = () => Math.max(0, now() - started);
    if (!this.smtpUrl)
      return { statusCode: null, excerpt: null, error: "INCIDENTD_SMTP_URL is not set", latencyMs: 0 };
    this.#transport ??= transportOf(this.smtpUrl);
    try {
      const info = await this.#transport.sendMail({
        from: this.from,
        to: mailtoAddresses(url),
        ...emailOf(message),
      });
      const response = String(info.response ?? "");
      const code = Number(/^(\d{3})/.exec(response)?.[1] ?? 250);
      return {
        statusCode: code,
        excerpt: response.slice(0, EXCERPT_BYTES),
        error: null,
        latencyMs: latency(),
        delivered: true,
      };
    } catch (err) {
      const failure = err as { responseCode?: number; message?: string };
      return {
        statusCode: failure.responseCode ?? null,
        excerpt: null,
        error: `SMTP: ${failure.message ?? String(err)}`,
        latencyMs: latency(),
        delivered: false,
      };
    }
  }

  close(): void {
    this.#transport?.close();
  }
}
