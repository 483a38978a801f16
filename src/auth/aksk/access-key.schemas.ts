import { Type } from "@sinclair/typebox";
import { IntegerOrNull, Str } from "../../http/wire-types.ts";
import { RoleSchema } from "../token.schemas.ts";
import type { AccessKeyRecord } from "./access-key.repository.ts";

export const AccessKeySchema = Type.Object({
  access_key: Type.String(),
  name: Type.String(),
  role: Type.String(),
  principal: Type.String(),
  act_as_others: Type.Boolean({ description: "May name other users as the operator in strict mode." }),
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
  act_as_others: Type.Optional(
    Type.Boolean({
      description:
        "In projects with strict roles, may this credential name another user as the operator of an action reserved to a person (accept, solve, approve, …)? Only for integrations that relay people's actions. Default false: such actions are recorded for the principal.",
    }),
  ),
});

export const AccessKeyParam = Type.Object({ access_key: Str(64, { minLength: 1 }) });

export function toAccessKeyView(record: AccessKeyRecord) {
  return {
    access_key: record.accessKey,
    name: record.name,
    role: record.role,
    principal: record.principal,
    act_as_others: record.actAsOthers,
    enabled: record.enabled,
    locked_until: record.lockedUntil,
    created_at: record.createdAt,
  };
}
