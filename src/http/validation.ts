import { Ajv, type Options } from "ajv";
import addFormatsModule from "ajv-formats";

// ajv-formats is CommonJS; under nodenext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const shared: Options = { strict: false, verbose: true, allErrors: false, useDefaults: true };

/**
 * Bodies are validated without coercion: a wrong type is a clear 400, and the fields where COC sources
 * disagree on the type (booleans as "true"/"false", integers as strings) say so in their schema.
 * Query strings and path parameters are text on the wire, so they are coerced.
 */
export function createValidatorCompiler() {
  const bodyAjv = new Ajv({ ...shared, coerceTypes: false });
  const textAjv = new Ajv({ ...shared, coerceTypes: "array" });
  addFormats(bodyAjv);
  addFormats(textAjv);
  return ({ schema, httpPart }: { schema: object; httpPart?: string }) =>
    (httpPart === "body" ? bodyAjv : textAjv).compile(schema);
}

export { describeValidationError } from "../validation-messages.ts";
