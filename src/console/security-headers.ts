import type { FastifyReply } from "fastify";

/**
 * The console's pages and assets: scripts only from this origin (no inline script, so injected markup
 * cannot run one), never framed, no MIME sniffing, no referrer to other sites. Inline styles are allowed:
 * the component kit (antd) writes its CSS-in-JS into <style> elements at run time.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

export function setConsoleSecurityHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header("content-security-policy", CONTENT_SECURITY_POLICY)
    .header("x-content-type-options", "nosniff")
    .header("x-frame-options", "DENY")
    .header("referrer-policy", "same-origin");
}
