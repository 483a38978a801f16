import assert from "node:assert/strict";
import type { Config } from "../../src/config.ts";
import { type Harness, testConfig } from "../../testkit/harness.ts";

export const silent = { error() {}, warn() {}, info() {} };

export async function addWebhook(
  h: Harness,
  payload: Record<string, unknown>,
): Promise<{ id: string; secret: string }> {
  const res = await h.request({
    method: "POST",
    url: "/incidentd/v1/webhooks",
    token: h.tokens.admin,
    payload,
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data;
}

export async function webhookOf(h: Harness, id: string) {
  const res = await h.request({ method: "GET", url: `/incidentd/v1/webhooks/${id}`, token: h.tokens.admin });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data;
}

export async function ledgerOf(h: Harness, id: string, query = "") {
  const res = await h.request({
    method: "GET",
    url: `/incidentd/v1/webhooks/${id}/deliveries${query}`,
    token: h.tokens.admin,
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().data;
}

/** Harness config with these webhook settings (the rest as the defaults). */
export function webhookSettings(settings: Partial<Config["webhooks"]>): { webhooks: Config["webhooks"] } {
  return { webhooks: { ...testConfig().webhooks, ...settings } };
}
