import { Readable } from "node:stream";
import { Type } from "@sinclair/typebox";
import { AppError, invalidParameter } from "../../errors.ts";
import { ADMIN_PREFIX } from "../../http/admin.ts";
import { callerOf, type RouteModule } from "../../http/app-types.ts";
import { expensiveRoute } from "../../http/concurrency-limit.ts";
import { ErrorEnvelope } from "../../http/envelope.ts";
import { createValidatorCompiler } from "../../http/validation.ts";
import { Str } from "../../http/wire-types.ts";
import { describeValidationError } from "../../validation-messages.ts";
import { type ExportQuery, exportIncidents } from "../export.service.ts";
import { Filter, SortFilter } from "../filter.schemas.ts";

/** The filters of ListIncidents' body, validated as strictly (the query is JSON text, not a body). */
const QuerySchema = Type.Object({
  string_filters: Type.Optional(Type.Array(Filter, { maxItems: 20 })),
  int_filters: Type.Optional(Type.Array(Filter, { maxItems: 20 })),
  condition: Type.Optional(Str(10_000)),
  sort_filter: Type.Optional(SortFilter),
  fields: Type.Optional(Type.Array(Str(255), { maxItems: 100 })),
});
const checkQuery = createValidatorCompiler()({ schema: QuerySchema, httpPart: "body" });

function parseQuery(raw: string | undefined): ExportQuery {
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw invalidParameter("query", "must be a JSON object (the filters of POST /v2/incidents/list)");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw invalidParameter("query", "must be a JSON object");
  if (!checkQuery(parsed))
    throw new AppError(
      "INVALID_PARAMETER",
      describeValidationError(checkQuery.errors ?? [], "query", "query"),
    );
  return parsed as ExportQuery;
}

export const exportIncidentsRoute: RouteModule = (app, deps) => {
  app.get(
    `${ADMIN_PREFIX}/incidents/export`,
    {
      config: { access: "reader" },
      ...expensiveRoute(deps),
      schema: {
        operationId: "ExportIncidents",
        summary: "Stream every incident matching a filter as NDJSON or CSV (incidentd extension)",
        description:
          "query: the JSON of ListIncidents' string_filters, int_filters, condition, sort_filter and fields.",
        tags: ["incidentd search"],
        querystring: Type.Object({
          format: Type.Optional(
            Type.Union([Type.Literal("ndjson"), Type.Literal("csv")], { "x-expected": "ndjson or csv" }),
          ),
          query: Type.Optional(Str(100_000)),
          csv_formulas: Type.Optional(
            Type.Union([Type.Literal("escape"), Type.Literal("raw")], {
              "x-expected": "escape or raw",
              description:
                "CSV only. escape (default): a value starting with =, +, -, @, tab or CR is written with a leading ' so spreadsheets do not run it as a formula; raw: values exactly as stored, for programs.",
            }),
          ),
        }),
        response: {
          200: Type.String({ description: "NDJSON (one list item per line) or CSV with a header row." }),
          "4xx": ErrorEnvelope,
          "5xx": ErrorEnvelope,
        },
      },
    },
    async (request, reply) => {
      const format = request.query.format ?? "ndjson";
      const { query, csv_formulas } = request.query;
      const lines = exportIncidents(deps, callerOf(request), parseQuery(query), format, csv_formulas);
      reply
        .header(
          "content-type",
          format === "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8",
        )
        .header(
          "content-disposition",
          `attachment; filename="incidents.${format === "csv" ? "csv" : "ndjson"}"`,
        );
      // A stream bypasses the response serializer; the schema only types JSON bodies.
      return reply.send(Readable.from(lines) as never);
    },
  );
};
