import { Type } from "@sinclair/typebox";
import { Str } from "../../http/wire-types.ts";
import { MAX_PASSWORD_LENGTH } from "../passwords.ts";
import { RoleSchema } from "../token.schemas.ts";
import type { SessionView } from "./session.service.ts";

export const SignInBody = Type.Object({
  user_id: Str(255, { minLength: 1, description: "The directory user id." }),
  password: Str(MAX_PASSWORD_LENGTH, { minLength: 1 }),
  project_id: Type.Optional(
    Str(255, {
      minLength: 1,
      description: "Needed only when the user id has a password in several projects.",
    }),
  ),
});

export const SessionSchema = Type.Object({
  user_id: Type.String(),
  name: Type.String({ description: "The user's display name in the directory." }),
  role: RoleSchema,
  project_id: Type.String(),
  csrf_token: Type.String({
    description: "Send it as the X-CSRF-Token header on every request that changes data.",
  }),
  expires_at: Type.Integer({
    description:
      "Epoch ms when the session ends unless used before (idle limit) or at the latest (absolute).",
  }),
});

export function toSessionData(session: SessionView) {
  return {
    user_id: session.userId,
    name: session.name,
    role: session.role,
    project_id: session.projectId,
    csrf_token: session.csrfToken,
    expires_at: session.expiresAt,
  };
}
