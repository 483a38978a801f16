import { Type } from "@sinclair/typebox";
import { Str } from "../http/wire-types.ts";
import type { Integration } from "./integration.ts";

export const IntegrationKindSchema = Type.Union([Type.Literal("custom"), Type.Literal("prometheus")], {
  "x-expected": "one of custom, prometheus",
  description:
    "custom: COC's custom alarm format (POST /v1/event/huawei/custom with Authorization: Bearer <key>, or POST /v1/event/huawei/custom/{key}); prometheus: Alertmanager's webhook (POST /v1/event/prometheus, or /v1/event/prometheus/{key}).",
});

export const IntegrationSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  enabled: Type.Boolean({ description: "A disabled integration's key is answered 401." }),
  key_hint: Type.String({
    description: "The key's last four characters (the key itself is never shown again).",
  }),
  created_at: Type.Integer(),
});

export const NewIntegrationBody = Type.Object({
  name: Str(100, { minLength: 1 }),
  kind: IntegrationKindSchema,
});

export const IntegrationParam = Type.Object({ integration_id: Str(64, { minLength: 1 }) });

export function toIntegrationView(integration: Integration) {
  return {
    id: integration.id,
    name: integration.name,
    kind: integration.kind,
    enabled: integration.enabled,
    key_hint: integration.keyHint,
    created_at: integration.createdAt,
  };
}
