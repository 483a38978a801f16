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

export const TokenSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Type.String(),
  principal: Type.String({ description: "User id the token acts as." }),
  created_at: Type.Integer(),
  revoked_at: IntegerOrNull,
});

export const NewTokenBody = Type.Object({
  name: Str(100, { minLength: 1 }),
  role: RoleSchema,
  principal: Str(255, { minLength: 1 }),
});

export function toTokenView(record: TokenRecord) {
  return {
    id: record.id,
    name: record.name,
    role: record.role,
    principal: record.principal,
    created_at: record.createdAt,
    revoked_at: record.revokedAt,
  };
}
