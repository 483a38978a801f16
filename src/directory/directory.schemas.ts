import { Type } from "@sinclair/typebox";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../auth/passwords.ts";
import { RoleSchema } from "../auth/token.schemas.ts";
import { Nullable, Str } from "../http/wire-types.ts";

export const UserSchema = Type.Object({
  id: Type.String(),
  display_name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  role: Type.Optional(
    Type.Union([RoleSchema, Type.Null()], {
      description: "The role the user signs in with; null: the user has no password (cannot sign in).",
    }),
  ),
});

export const NewUserBody = Type.Object({
  id: Str(255, { minLength: 1, description: "User id as used in creator/operator/assignee fields." }),
  display_name: Str(255, { minLength: 1 }),
  email: Nullable(Str(255, { format: "email" }), "an e-mail address"),
});

export const ApplicationSchema = Type.Object({ id: Type.String(), name: Type.String() });

export const NewApplicationBody = Type.Object({
  id: Str(255, { minLength: 1, description: "Application id as used in current_cloud_service." }),
  name: Str(255, { minLength: 1 }),
});

export const UserLoginSchema = Type.Object({
  user_id: Type.String(),
  role: RoleSchema,
});

export const SetPasswordBody = Type.Object({
  password: Str(MAX_PASSWORD_LENGTH, {
    minLength: MIN_PASSWORD_LENGTH,
    description: "The new password (never stored: a scrypt hash is). The user's sessions end.",
  }),
  role: Type.Optional(RoleSchema),
});

export const SetRoleBody = Type.Object({ role: RoleSchema });
