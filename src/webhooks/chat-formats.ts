import { createHmac } from "node:crypto";
import { type ChatMessage, markdownOf } from "./chat-message.ts";
import type { WebhookKind } from "./webhook.ts";

/** One chat delivery as sent: where (the URL may gain signature parameters) and what. */
export interface ChatRequest {
  url: string;
  body: string;
}

type ChatKind = Exclude<WebhookKind, "standard" | "email">;

const CARD_COLOURS: Record<string, string> = { level_10: "red", level_20: "orange", level_30: "yellow" };

/**
 * Feishu/Lark custom bot signature (its "signature verification" setting): the key is
 * "{timestamp}\n{secret}", the message empty, the result base64; timestamp in seconds.
 */
export function feishuSign(timestampSeconds: number, secret: string): string {
  return createHmac("sha256", `${timestampSeconds}\n${secret}`).update("").digest("base64");
}

/** DingTalk custom robot signature ("加签"): HMAC-SHA256 of "{timestamp}\n{secret}" keyed with the secret. */
export function dingtalkSign(timestampMs: number, secret: string): string {
  return createHmac("sha256", secret).update(`${timestampMs}\n${secret}`).digest("base64");
}

function feishu(message: ChatMessage, secret: string | null, now: number): object {
  const elements: object[] = [
    {
      tag: "div",
      text: { tag: "lark_md", content: message.fields.map((f) => `**${f.label}**: ${f.value}`).join("\n") },
    },
  ];
  if (message.link)
    elements.push({
      tag: "action",
      actions: [
        {
          tag: "button",
          text: { tag: "plain_text", content: message.linkText },
          url: message.link,
          type: "primary",
        },
      ],
    });
  const card = {
    msg_type: "interactive",
    card: {
      header: {
        title: { tag: "plain_text", content: message.title },
        template: CARD_COLOURS[message.level ?? ""] ?? "blue",
      },
      elements,
    },
  };
  if (secret === null) return card;
  const timestamp = Math.floor(now / 1000);
  return { timestamp: String(timestamp), sign: feishuSign(timestamp, secret), ...card };
}

function slack(message: ChatMessage): object {
  const blocks: object[] = [
    { type: "header", text: { type: "plain_text", text: message.title.slice(0, 150) } },
    {
      type: "section",
      fields: message.fields.map((f) => ({ type: "mrkdwn", text: `*${f.label}*\n${f.value}` })),
    },
  ];
  if (message.link)
    blocks.push({
      type: "actions",
      elements: [{ type: "button", text: { type: "plain_text", text: message.linkText }, url: message.link }],
    });
  return { text: message.title, blocks };
}

/** The request a chat bot of `kind` expects for `message`, signed with the bot's secret when it has one. */
export function chatRequest(
  kind: ChatKind,
  url: string,
  message: ChatMessage,
  secret: string | null,
  now: number,
): ChatRequest {
  switch (kind) {
    case "feishu":
      return { url, body: JSON.stringify(feishu(message, secret, now)) };
    case "dingtalk": {
      const body = JSON.stringify({
        msgtype: "markdown",
        markdown: { title: message.title, text: markdownOf(message) },
      });
      if (secret === null) return { url, body };
      const signed = new URL(url);
      signed.searchParams.set("timestamp", String(now));
      signed.searchParams.set("sign", dingtalkSign(now, secret));
      return { url: signed.toString(), body };
    }
    case "wecom":
      return {
        url,
        body: JSON.stringify({ msgtype: "markdown", markdown: { content: markdownOf(message) } }),
      };
    case "slack":
      return { url, body: JSON.stringify(slack(message)) };
  }
}

/**
 * Chat bots answer 200 even when they refuse a message, with a code in the body (Feishu `code`, DingTalk and
 * WeCom `errcode`; 0 = accepted). The refusal, or null when the body says nothing of the kind.
 */
export function vendorRefusal(excerpt: string | null): string | null {
  if (!excerpt?.startsWith("{")) return null;
  try {
    const body = JSON.parse(excerpt) as {
      code?: unknown;
      errcode?: unknown;
      msg?: unknown;
      errmsg?: unknown;
    };
    const code = body.code ?? body.errcode;
    if (code === undefined || code === 0) return null;
    return `the bot refused the message: code ${String(code)} ${String(body.msg ?? body.errmsg ?? "")}`.trim();
  } catch {
    return null;
  }
}
