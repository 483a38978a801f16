import { Type } from "@sinclair/typebox";
import { IntegerOrNull, Str } from "../../http/wire-types.ts";
import { RoleSchema } from "../token.schemas.ts";
import type { AccessKeyRecord } from "./access-key.repository.ts";

export const AccessKeySchema = Type.Object({
  access_key: Type.String(),
  name: Type.String(),
  role: Type.String(),
  principal: Type.String(),
  enabled: Type.Boolean(),
  locked_until: Type.Unsafe<number | null>({
    ...IntegerOrNull,
    description:
      "The latest lock after failed signatures (epoch ms): the key is refused until then for the source address that failed, not for others.",
  }),
  created_at: Type.Integer(),
});

export const NewAccessKeyBody = Type.Object({
  name: Str(100, { minLength: 1 }),
  role: RoleSchema,
  principal: Str(255, { minLength: 1 }),
});

export const AccessKeyParam = Type.Object({ access_key: Str(64, { minLength: 1 }) });

export function toAccessKeyView(record: AccessKeyRecord) {
  return {
    access_key: record.accessKey,
    name: record.name,
    role: record.role,
    principal: record.principal,
    enabled: record.enabled,
    locked_until: record.lockedUntil,
    created_at: record.createdAt,
  };
}
