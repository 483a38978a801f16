import { Type } from "@sinclair/typebox";
import { IntegerOrNull, Str } from "../http/wire-types.ts";
import type { TokenRecord } from "./token.repository.ts";

export const RoleSchema = Type.Union(
  [Type.Literal("admin"), Type.Literal("writer"), Type.Literal("reader")],
  {
    "x-expected": "one of admin, writer, reader",
    description: "admin: everything in the project; writer: incident operations; reader: queries only.",
  },
);

/** A token's role: a person's, or `metrics` (reads GET /metrics and nothing else). */
export const TokenRoleSchema = Type.Union(
  [Type.Literal("admin"), Type.Literal("writer"), Type.Literal("reader"), Type.Literal("metrics")],
  {
    "x-expected": "one of admin, writer, reader, metrics",
    description:
      "admin: everything in the project; writer: incident operations; reader: queries only; metrics: GET /metrics only.",
  },
);

export const TokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Type.String(),
  principal: Type.String({ description: "User id the token acts as." }),
  act_as_others: Type.Boolean({ description: "May name other users as the operator in strict mode." }),
  created_at: Type.Integer(),
  revoked_at: IntegerOrNull,
});

export const NewTokenBody = Type.Object({
  name: Str(100, { minLength: 1 }),
  role: TokenRoleSchema,
  principal: Str(255, { minLength: 1 }),
  act_as_others: Type.Optional(
    Type.Boolean({
      description:
        "In projects with strict roles, may this credential name another user as the operator of an action reserved to a person (accept, solve, approve, …)? Only for integrations that relay people's actions. Default false: such actions are recorded for the principal.",
    }),
  ),
});

export function toTokenView(record: TokenRecord) {
  return {
    id: record.id,
    name: record.name,
    role: record.role,
    principal: record.principal,
    act_as_others: record.actAsOthers,
    created_at: record.createdAt,
    revoked_at: record.revokedAt,
  };
}
