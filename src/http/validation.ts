import { Ajv, type Options, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import type { FastifySchemaCompiler } from "fastify";

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
  return ({ schema, httpPart }: RouteSchema): ValidateFunction =>
    (httpPart === "body" ? bodyAjv : textAjv).compile(schema);
}

interface RouteSchema {
  schema: object;
  httpPart?: string;
}

type Compiled = ReturnType<FastifySchemaCompiler<unknown>>;
/** Fastify calls a validator with the value and, for Ajv's (schemaEnv set), the object holding it. */
type Validate = (data: unknown, context?: unknown) => ReturnType<Compiled>;

/**
 * Compiling every route's validators took about a fifth of a second of each server start (the API has
 * over a hundred routes, most of which a given installation rarely calls). This compiler defers each
 * one to the first request that needs it; that request pays a millisecond or two, and the result is
 * the same function, so answers and messages are identical. A schema Ajv refuses then fails that
 * request (a 500, logged) instead of the start: tests build the app with compilation at ready to catch it.
 */
export function compileOnFirstUse<T>(compile: FastifySchemaCompiler<T>): FastifySchemaCompiler<T> {
  return (route) => {
    let compiled: Compiled | undefined;
    // Fastify passes the parent object (so Ajv can replace a coerced or defaulted root value) only to a
    // function carrying Ajv's schemaEnv; a validator that is not Ajv's ignores the extra argument.
    const validate = Object.assign(
      (data: unknown, context?: unknown) => {
        compiled ??= compile(route);
        const result = (compiled as Validate)(data, context);
        validate.errors = compiled.errors ?? null;
        return result;
      },
      { errors: null as Compiled["errors"], schemaEnv: true },
    );
    return validate;
  };
}
