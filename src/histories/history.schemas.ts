import { Type } from "@sinclair/typebox";
import { Str } from "../http/wire-types.ts";

export const FilterSchema = Type.Object({
  field: Str(255, { minLength: 1 }),
  operator: Str(20, { minLength: 1 }),
  values: Type.Array(Type.Unknown(), { maxItems: 1024 }),
  name: Type.Optional(Str(255)),
});

const EnumDataV2 = Type.Object({
  prop_id: Type.String(),
  biz_id: Type.String(),
  name_zh: Type.String(),
  name_en: Type.String(),
});

export const HistoryItemV2 = Type.Object({
  action: Type.String(),
  action_name_zh: Type.String(),
  action_name_en: Type.String(),
  operator: Type.String(),
  status: Type.String(),
  start_time: Type.String(),
  stop_time: Type.String(),
  comment: Type.String(),
  enum_data_list: Type.Array(EnumDataV2),
});

const EnumDataV1 = Type.Object({
  is_deleted: Type.Boolean(),
  match_type: Type.String(),
  ticket_id: Type.String(),
  real_ticket_id: Type.String(),
  name_zh: Type.String(),
  name_en: Type.String(),
  user_name: Type.String(),
  biz_id: Type.String(),
  prop_id: Type.String(),
  model_id: Type.String(),
});

export const HistoryItemV1 = Type.Object({
  id: Type.String(),
  action_id: Type.String(),
  action: Type.String(),
  sub_action: Type.String(),
  final_sub_action: Type.String(),
  operator: Type.String(),
  comment: Type.String(),
  ticket_id: Type.String(),
  start_time: Type.Integer(),
  stop_time: Type.Integer(),
  update_time: Type.Integer(),
  target_type: Type.String(),
  target_value: Type.String(),
  is_deteted: Type.Boolean({ description: "COC's spelling." }),
  action_name_zh: Type.String(),
  action_name_en: Type.String(),
  action_template_zh: Type.String(),
  action_template_en: Type.String(),
  status: Type.String(),
  enum_data_list: Type.Array(EnumDataV1),
});
