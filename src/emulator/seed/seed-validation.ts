import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { parse as parseYaml } from "yaml";
import { AppError, ERROR_CATALOGUE } from "../../errors.ts";
import { describeValidationError } from "../../validation-messages.ts";
import { SeedFixture, type SeedTime } from "./seed-fixture.schemas.ts";

// ajv-formats is CommonJS; under nodenext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

let validate: ValidateFunction | undefined;

function invalid(message: string): AppError {
  return new AppError("INVALID_PARAMETER", message);
}

/**
 * The fixture as text: YAML when the content type says so (`application/yaml`, `text/yaml`, `…+yaml`),
 * else JSON (YAML 1.2 is a superset of JSON, but JSON's errors are the clearer ones for JSON).
 */
export function parseFixture(text: string, contentType?: string): unknown {
  const yaml = contentType !== undefined && /\byaml\b/i.test(contentType);
  try {
    return yaml ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw invalid(`fixture: not valid ${yaml ? "YAML" : "JSON"}: ${(error as Error).message}`);
  }
}

/** Checks the fixture's shape; the error names the path of the first bad value (`incidents[3].incident_level`). */
export function checkFixture(fixture: unknown): SeedFixture {
  if (fixture === null || typeof fixture !== "object" || Array.isArray(fixture))
    throw invalid("fixture: must be an object");
  validate ??= (() => {
    const ajv = new Ajv({ strict: false, verbose: true, allErrors: false, coerceTypes: false });
    addFormats(ajv);
    return ajv.compile(SeedFixture);
  })();
  if (!validate(fixture)) throw invalid(describeValidationError(validate.errors ?? [], "fixture"));
  return fixture as SeedFixture;
}

export function timeOf(value: SeedTime | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  return typeof value === "number" ? value : Date.parse(value);
}

/**
 * Runs one entry's service calls; a refusal (any 4xx the API would answer) becomes a 400 naming the
 * entry: `incidents[3].incident_type: must be one of …`, `incidents[0].history[1]: … may not …`.
 */
export async function atPath<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof AppError) || ERROR_CATALOGUE[error.kind].status >= 500) throw error;
    if (error.kind === "INVALID_PARAMETER" && /^[A-Za-z_][\w.[\]]*: /.test(error.message))
      throw invalid(`${path}.${error.message}`);
    throw invalid(`${path}: ${error.message}`);
  }
}
