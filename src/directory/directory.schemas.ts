import { Type } from "@sinclair/typebox";
import { Nullable, Str } from "../http/wire-types.ts";

export const UserSchema = Type.Object({
  id: Type.String(),
  display_name: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
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
