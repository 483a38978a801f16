import { type TSchema, Type } from "@sinclair/typebox";

export const PROVIDER_CODE = "049";
export const SUCCESS_CODE = "GOM.00000000";

/** The COC success envelope around a route's `data` schema. */
export function SuccessEnvelope<T extends TSchema>(data: T) {
  return Type.Object({
    provider_code: Type.String({ description: 'Service id, always "049".' }),
    error_code: Type.String({ description: '"GOM.00000000" on success.' }),
    error_msg: Type.Null(),
    data,
  });
}

export const ErrorEnvelope = Type.Object(
  {
    provider_code: Type.String(),
    error_code: Type.String({ description: "Error code from docs/errors.md." }),
    error_msg: Type.String({
      description: "Names the field and the reason, or the state and what is allowed.",
    }),
    request_id: Type.Optional(Type.String({ description: "Present on gateway (APIG.*) errors." })),
    data: Type.Null(),
  },
  { title: "ErrorEnvelope" },
);

export function ok<T>(data: T) {
  return { provider_code: PROVIDER_CODE, error_code: SUCCESS_CODE, error_msg: null, data };
}

/** Response schemas shared by every route: the success body plus the error envelope for 4xx/5xx. */
export function responses<T extends TSchema>(data: T) {
  return {
    200: SuccessEnvelope(data),
    "4xx": ErrorEnvelope,
    "5xx": ErrorEnvelope,
  } as const;
}
