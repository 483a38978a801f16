import { Type } from "@sinclair/typebox";
import { Str } from "../http/wire-types.ts";

// COC's ObjectFilterV2 and the counts built on it: the wire form of the filter language ListIncidents
// and the history queries (ListIncidentsHistories) share.

/**
 * ObjectFilterV2's fields whose meaning COC does not document. The Terraform provider sends them when a
 * user sets them; incidentd cannot honour them, so a non-empty value is a 400 naming the field
 * (`unsupportedFilterFields` in the service), never a silent no-op.
 */
const UNSUPPORTED = {
  group: Type.Optional(Str(255, { description: "Not supported: a non-empty value is a 400." })),
  match_type: Type.Optional(Str(255, { description: "Not supported: a non-empty value is a 400." })),
  priority_type: Type.Optional(Str(255, { description: "Not supported: a non-empty value is a 400." })),
};

export const Filter = Type.Object({
  field: Str(255, { minLength: 1 }),
  operator: Str(20, { minLength: 1, description: "in, like, startwith, endwith, =, !=, >, <, >=, <=" }),
  values: Type.Array(Type.Unknown(), { description: "One value, or several for in." }),
  name: Type.Optional(Str(255, { description: "Name used by condition." })),
  ...UNSUPPORTED,
});

export const SortFilter = Type.Object({
  field: Str(255, { minLength: 1 }),
  operator: Str(20),
  values: Type.Optional(Type.Array(Type.Unknown())),
  name: Type.Optional(Str(255)),
  ...UNSUPPORTED,
});

export const GroupBy = Type.Object({
  field: Str(255, { minLength: 1 }),
  operator: Type.Optional(Str(20)),
  values: Type.Optional(Type.Array(Type.Unknown())),
  name: Type.Optional(Str(255)),
  ...UNSUPPORTED,
});

export const CountFilters = Type.Array(
  Type.Object({ name: Str(255, { minLength: 1 }), filters: Type.Array(Filter, { maxItems: 20 }) }),
  {
    maxItems: 10,
    description: "Named counts under the main filters plus each count's own filters: data.count_filters.",
  },
);

export const GroupByFilter = Type.Union([GroupBy, Type.Array(GroupBy, { maxItems: 1 })], {
  description:
    "Counts per value of field under the main filters: data.group_by. An object, or (as the " +
    "Terraform provider sends it) an array of at most one.",
});

/** The answer's counts when count_filters / group_by_filter were asked for. */
export const CountAnswers = {
  count_filters: Type.Optional(Type.Array(Type.Object({ name: Type.String(), count: Type.Integer() }))),
  group_by: Type.Optional(Type.Array(Type.Object({ value: Type.String(), count: Type.Integer() }))),
};
